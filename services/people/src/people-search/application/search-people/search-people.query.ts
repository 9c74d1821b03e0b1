import { Identity } from '@civil/auth';
import { PeopleSearchCriteria } from '../people-search.criteria';

export class SearchPeopleQuery {
  constructor(
    readonly criteria: PeopleSearchCriteria,
    /** Page size, 1 to 100 (validated at the API, like the gateway's limit). */
    readonly first: number,
    readonly after: string | undefined,
    readonly identity: Identity,
  ) {}
}
