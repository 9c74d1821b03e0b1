import type { Identity } from '@civil/auth';

export class ApproveReallocationPlanCommand {
  constructor(
    readonly identity: Identity,
    readonly traceId: string,
    readonly planId: string,
    /** The version the planner last read; stale = CONFLICT. */
    readonly expectedVersion: number,
  ) {}
}
