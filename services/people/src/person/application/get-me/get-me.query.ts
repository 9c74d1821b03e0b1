import type { Identity } from '@civil/auth';

/** The caller's own person record, found through the identity's personId. */
export class GetMeQuery {
  constructor(readonly identity: Identity) {}
}
