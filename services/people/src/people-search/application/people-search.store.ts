import { PeopleSearchScope } from '@civil/auth';
import { PeopleSearchCriteria, PeopleSearchPosition } from './people-search.criteria';

export interface Headcount {
  people: number;
  fte: number;
}

/** Read-side port: the search runs as SQL over the person table, never by loading aggregates and filtering them. */
export abstract class PeopleSearchStore {
  /** Up to `limit` positions after `after`, in search order, inside `scope`. */
  abstract page(
    criteria: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ): Promise<PeopleSearchPosition[]>;

  /** The same page for each department code (absent: nobody there), in one round trip. */
  abstract pagesByDepartment(
    departmentCodes: string[],
    criteria: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ): Promise<Map<string, PeopleSearchPosition[]>>;

  abstract count(criteria: PeopleSearchCriteria, scope: PeopleSearchScope): Promise<number>;

  /** Per department code asked for (zero when it has nobody), counting ACTIVE, ON_LOAN and ON_SECONDMENT. */
  abstract headcounts(
    departmentCodes: string[],
    filter: { profession?: string; grade?: string },
  ): Promise<Map<string, Headcount>>;
}
