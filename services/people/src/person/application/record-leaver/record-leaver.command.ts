import type { Identity } from '@civil/auth';

export class RecordLeaverCommand {
  constructor(
    readonly personId: string,
    readonly leftOn: string,
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
