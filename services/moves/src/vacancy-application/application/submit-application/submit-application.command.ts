import type { Identity } from '@civil/auth';

export class SubmitApplicationCommand {
  constructor(
    readonly identity: Identity,
    readonly traceId: string,
    readonly input: { vacancyId: string; kind: string; statement: string },
  ) {}
}
