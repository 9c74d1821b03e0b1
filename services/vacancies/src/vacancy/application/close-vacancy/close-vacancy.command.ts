import type { Identity } from '@civil/auth';

export class CloseVacancyCommand {
  constructor(
    readonly vacancyId: string,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
