import { IsoDate } from './calendar';
import { MoveKind } from './move-kind';
import { MoveStatus } from './move-status';

/** Who did it: a person acting in a role for a department, or the system (the scheduler, the saga). */
export interface MoveActor {
  personId?: string;
  departmentCode?: string;
  role: 'PERSON' | 'HOME_DEPARTMENT' | 'HOST_DEPARTMENT' | 'PLANNER' | 'SYSTEM';
}

interface Happened {
  moveId: string;
  /** The move's version after this event. */
  version: number;
  occurredAt: Date;
  by: MoveActor;
  /** The status the move is in after this event. */
  status: MoveStatus;
}

/** Everything that happens to a move, one variant per intent: the timeline and the source of integration events. */
export type MoveDomainEvent = Happened &
  (
    | { type: 'MoveProposed'; kind: MoveKind; origin: 'PLANNER' | 'APPLICATION'; startsOn: IsoDate }
    | { type: 'MoveHeldForTenure'; minimumTermEndsOn: IsoDate }
    | { type: 'TenureHoldReleased'; reason: string }
    | { type: 'MoveAwaitingAgreement' }
    | { type: 'ConsentGiven' }
    | { type: 'ReleaseAgreed'; releaseOn: IsoDate; startsOn: IsoDate }
    | { type: 'HostAccepted' }
    | { type: 'PostRequested'; vacancyId: string }
    | { type: 'MoveAgreed' }
    | { type: 'MoveRefused'; reason: string }
    | { type: 'MoveScheduled'; startsOn: IsoDate }
    | { type: 'MoveStarted'; startedOn: IsoDate }
    | { type: 'MoveExtended'; endsOn: IsoDate; justification?: string }
    | { type: 'MoveEnded'; endedOn: IsoDate }
    | { type: 'MoveMadePermanent'; on: IsoDate }
    | { type: 'MoveWithdrawn'; reason?: string; postRequested: boolean }
    | { type: 'MoveRejected'; reason: string; postRequested: boolean }
    | { type: 'MoveCancelled'; reason: string; postRequested: boolean }
  );

export type MoveEventType = MoveDomainEvent['type'];
