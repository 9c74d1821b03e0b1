import {
  ACCEPT_MOVE,
  ACT_AS_MOVING_PERSON,
  MANAGE_MOVE,
  MoveParties,
  Policy,
  RELEASE_FOR_MOVE,
  RELEASE_TENURE_HOLD,
} from '@civil/auth';
import { Move } from '../../domain/move.aggregate';
import { PUBLISHED_MOVE_LIMITS } from '../../domain/move-limits';
import { MoveActor } from '../../domain/move.domain-events';

/** What a caller may send with a transition; each uses what it needs (the input types say which). */
export interface TransitionInput {
  releaseOn?: string;
  reason?: string;
  endsOn?: string;
  justification?: string;
}

interface Transition {
  policy: Policy<MoveParties>;
  /** The side the caller acts for; absent: their department's side of the move, else a planner's. */
  side?: MoveActor['role'];
  apply(move: Move, input: TransitionInput, now: Date, actor: MoveActor): void;
}

/**
 * Every transition a caller makes on a move, by its API name: who may (the policy), for which side, and which
 * intent-named method it is. The saga and the scheduler make theirs through the same runner, as 'system'.
 */
export const MOVE_TRANSITIONS = {
  consentToMove: {
    policy: ACT_AS_MOVING_PERSON,
    side: 'PERSON',
    apply: (move, _input, now, actor) => move.giveConsent(now, actor),
  },
  withdrawMove: {
    policy: ACT_AS_MOVING_PERSON,
    side: 'PERSON',
    apply: (move, input, now, actor) => move.withdraw(input.reason, now, actor),
  },
  agreeRelease: {
    policy: RELEASE_FOR_MOVE,
    side: 'HOME_DEPARTMENT',
    apply: (move, input, now, actor) => move.agreeRelease(input.releaseOn ?? '', now, actor),
  },
  declineRelease: {
    policy: RELEASE_FOR_MOVE,
    side: 'HOME_DEPARTMENT',
    apply: (move, input, now, actor) => move.reject(input.reason ?? '', now, actor),
  },
  acceptMove: {
    policy: ACCEPT_MOVE,
    side: 'HOST_DEPARTMENT',
    apply: (move, _input, now, actor) => move.acceptAsHost(now, actor),
  },
  declineMove: {
    policy: ACCEPT_MOVE,
    side: 'HOST_DEPARTMENT',
    apply: (move, input, now, actor) => move.reject(input.reason ?? '', now, actor),
  },
  releaseTenureHold: {
    policy: RELEASE_TENURE_HOLD,
    side: 'PLANNER',
    apply: (move, input, now, actor) => move.releaseTenureHold(input.reason ?? '', now, actor),
  },
  cancelMove: {
    policy: MANAGE_MOVE,
    apply: (move, input, now, actor) => move.cancel(input.reason ?? '', now, actor),
  },
  extendMove: {
    policy: MANAGE_MOVE,
    apply: (move, input, now, actor) =>
      move.extend(input.endsOn ?? '', input.justification, PUBLISHED_MOVE_LIMITS, now, actor),
  },
  makeMovePermanent: {
    policy: MANAGE_MOVE,
    apply: (move, _input, now, actor) => move.makePermanent(now, actor),
  },
} satisfies Record<string, Transition>;

export type MoveTransitionName = keyof typeof MOVE_TRANSITIONS;
