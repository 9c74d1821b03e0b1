import type { Identity } from '@civil/auth';

export class CancelVacancyCommand {
  constructor(
    readonly vacancyId: string,
    readonly reason: string,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
