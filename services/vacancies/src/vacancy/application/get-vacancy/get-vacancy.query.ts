import type { Identity } from '@civil/auth';

export class GetVacancyQuery {
  constructor(
    readonly id: string,
    readonly identity: Identity,
  ) {}
}
