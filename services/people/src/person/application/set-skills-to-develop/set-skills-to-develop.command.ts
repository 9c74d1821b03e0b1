import type { Identity } from '@civil/auth';

export class SetSkillsToDevelopCommand {
  constructor(
    readonly personId: string,
    readonly skillCodes: string[],
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
