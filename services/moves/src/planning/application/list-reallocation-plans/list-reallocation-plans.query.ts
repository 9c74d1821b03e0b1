import type { Identity } from '@civil/auth';

export class ListReallocationPlansQuery {
  constructor(
    readonly identity: Identity,
    /** One more than the page, to tell whether there is a next one. */
    readonly limit: number,
    readonly afterId?: string,
  ) {}
}
