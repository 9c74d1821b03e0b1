import type { Identity } from '@civil/auth';

export class FindMyVacanciesQuery {
  constructor(
    /** Whose data: only ever the caller's own. */
    readonly personId: string,
    readonly identity: Identity,
  ) {}
}
