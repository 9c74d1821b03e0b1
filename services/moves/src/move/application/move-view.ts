import { MoveSnapshot } from '../domain/move.aggregate';

/** One line of a move's timeline: what happened, who did it, and its particulars. */
export interface MoveTimelineEntry {
  version: number;
  type: string;
  status: string;
  occurredAt: Date;
  actor: { role: string; personId?: string; departmentCode?: string };
  details: Record<string, unknown>;
}

/** Port: the read side of moves (timelines, lists, queues), straight from the tables. */
export abstract class MoveReader {
  abstract timeline(moveId: string): Promise<MoveTimelineEntry[]>;
  abstract list(
    filter: MoveListFilter,
    scope: MoveReadScope,
    first: number,
    after?: MoveCursor,
  ): Promise<MoveSnapshot[]>;
  abstract approvalsQueue(scope: ApprovalScope, first: number): Promise<MoveSnapshot[]>;
}

export interface MoveListFilter {
  personId?: string;
  departmentCode?: string;
  /** IN: moves into departmentCode; OUT: out of it; absent: either. */
  direction?: 'IN' | 'OUT';
  statuses?: string[];
  kinds?: string[];
}

/** What the caller may see, as SQL can apply it: everything, some departments' moves, or one person's. */
export type MoveReadScope =
  { everything: true } | { departments: string[]; personId?: string } | { personId: string };

export interface MoveCursor {
  startsOn: string;
  id: string;
}

/** Whose approvals: the caller as a person (consent), and the departments they answer for on each side. */
export interface ApprovalScope {
  personId?: string;
  releaseFor: string[] | 'ALL';
  acceptFor: string[] | 'ALL';
  tenureHoldsFor: string[] | 'ALL';
}
