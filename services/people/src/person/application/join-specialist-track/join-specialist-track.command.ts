import type { Identity } from '@civil/auth';

export class JoinSpecialistTrackCommand {
  constructor(
    readonly personId: string,
    readonly trackCode: string,
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
