import { Identity } from '@civil/auth';
import { PeopleSearchCriteria } from '../people-search.criteria';

export class SearchDepartmentPeopleQuery {
  constructor(
    /** Several at once: federation resolves a list of departments in one `_entities` call. */
    readonly departmentCodes: string[],
    readonly criteria: PeopleSearchCriteria,
    readonly first: number,
    readonly after: string | undefined,
    readonly identity: Identity,
  ) {}
}
