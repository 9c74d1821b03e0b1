import type { Identity, MoveParties, Policy } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, ConflictError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Move, MoveSnapshot } from '../domain/move.aggregate';
import { MoveActor } from '../domain/move.domain-events';
import { MoveRepository } from '../domain/move.repository';
import { MoveEventsPublisher } from './integration-events/move-events.publisher';

export interface MoveChange {
  moveId: string;
  traceId: string;
  /**
   * The policy applied to the stored move (the resolver's guard screened the caller with the same one) with the
   * caller, or 'system' for the saga and the scheduler, whose authority is the event or the date.
   */
  authority: { policy: Policy<MoveParties>; identity: Identity; side?: MoveActor['role'] } | 'system';
  /** The version the client last read; stale = CONFLICT. */
  expectedVersion?: number;
  /** An event about a move this service never made is not an error to retry: skip it instead of NOT_FOUND. */
  skipUnknown?: boolean;
}

export const partiesOf = (move: MoveSnapshot): MoveParties => ({
  personId: move.terms.personId,
  homeDepartmentCode: move.terms.homeDepartmentCode,
  hostDepartmentCode: move.terms.hostDepartmentCode,
});

/** Which side a caller acts for when the action itself does not say: their department's, else a planner's. */
function sideOf(identity: Identity, move: MoveSnapshot): MoveActor['role'] {
  if (identity.departmentCode === move.terms.homeDepartmentCode) return 'HOME_DEPARTMENT';
  if (identity.departmentCode === move.terms.hostDepartmentCode) return 'HOST_DEPARTMENT';
  return 'PLANNER';
}

/**
 * Every change to a stored move takes this shape, in one transaction: load it locked (the saga, the scheduler and
 * people act on the same move at once), authorize against the stored move, check the expected version, apply one
 * intent-named method, save, then write the timeline and the integration events.
 */
@Injectable()
export class MoveChangeRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly moves: MoveRepository,
    private readonly events: MoveEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run(
    change: MoveChange,
    apply: (move: Move, context: { now: Date; actor: MoveActor }) => void,
  ): Promise<MoveSnapshot>;
  run(
    change: MoveChange & { skipUnknown: true },
    apply: (move: Move, context: { now: Date; actor: MoveActor }) => void,
  ): Promise<MoveSnapshot | undefined>;
  run(
    change: MoveChange,
    apply: (move: Move, context: { now: Date; actor: MoveActor }) => void,
  ): Promise<MoveSnapshot | undefined> {
    return this.transactions.run(async () => {
      const move = await this.moves.findById(change.moveId, { lock: true });
      if (!move && change.skipUnknown) return undefined;
      if (!move) throw new NotFoundError('Move', change.moveId);
      const actor = this.actorFor(change, move.snapshot());
      const loadedVersion = move.snapshot().version;
      if (change.expectedVersion !== undefined && change.expectedVersion !== loadedVersion)
        throw new ConflictError(
          `Move ${move.id} is at version ${loadedVersion}, not ${change.expectedVersion}; reload and retry`,
          'MOVE.VERSION_CONFLICT',
          'expectedVersion',
        );
      apply(move, { now: this.clock.now(), actor });
      const events = move.pullEvents();
      if (events.length === 0) return move.snapshot();
      await this.moves.save(move, loadedVersion);
      await this.record(move, events, change.traceId);
      return move.snapshot();
    });
  }

  /** For a new move: its first events go to the timeline and the outbox like any others. */
  async add(move: Move, traceId: string): Promise<void> {
    await this.moves.add(move);
    await this.record(move, move.pullEvents(), traceId);
  }

  private async record(move: Move, events: ReturnType<Move['pullEvents']>, traceId: string) {
    await this.moves.appendTimeline(events, traceId);
    await this.events.publish(events, move.snapshot(), traceId);
  }

  private actorFor(change: MoveChange, move: MoveSnapshot): MoveActor {
    if (change.authority === 'system') return { role: 'SYSTEM' };
    const { policy, identity, side } = change.authority;
    authorize(policy, identity, partiesOf(move));
    return {
      role: side ?? sideOf(identity, move),
      personId: identity.personId,
      departmentCode: identity.departmentCode,
    };
  }
}
