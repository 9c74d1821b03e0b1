import { Identity } from '@civil/auth';

export class MySavedSearchesQuery {
  constructor(readonly identity: Identity) {}
}
