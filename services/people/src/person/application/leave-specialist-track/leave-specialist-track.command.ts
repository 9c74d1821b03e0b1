import type { Identity } from '@civil/auth';

export class LeaveSpecialistTrackCommand {
  constructor(
    readonly personId: string,
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
