import type { Identity } from '@civil/auth';

export class GetPersonQuery {
  constructor(
    readonly id: string,
    /** Who asks: whether they may read this person depends on the stored record (READ_PERSON). */
    readonly identity: Identity,
  ) {}
}
