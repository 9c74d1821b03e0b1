import type { Identity } from '@civil/auth';

export class PublishVacancyCommand {
  constructor(
    readonly vacancyId: string,
    readonly expectedVersion: number | undefined,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
