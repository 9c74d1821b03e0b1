import { Identity } from '@civil/auth';
import { VacancyOrder, VacancySearchCriteria } from '../vacancy-search.criteria';

export class SearchVacanciesQuery {
  constructor(
    readonly criteria: VacancySearchCriteria,
    readonly order: VacancyOrder,
    /** Page size, 1 to 100. */
    readonly first: number,
    readonly after: string | undefined,
    readonly identity: Identity,
    /** The client asked for totalCount: count beside the page rather than after it. */
    readonly countEagerly = false,
  ) {}
}
