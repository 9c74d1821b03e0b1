import type { Identity } from '@civil/auth';

export class FindMyMovesDataQuery {
  constructor(
    /** Whose data: only ever the caller's own. */
    readonly personId: string,
    readonly identity: Identity,
  ) {}
}
