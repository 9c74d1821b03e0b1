import { VacancySearchScope } from '@civil/auth';
import { VacancyOrder, VacancySearchCriteria, VacancySearchPosition } from './vacancy-search.criteria';

/** Where and when a search runs: the caller's scope, and today (open vacancies whose closing date has not passed). */
export interface VacancySearchContext {
  scope: VacancySearchScope;
  /** YYYY-MM-DD, from the injected clock. */
  today: string;
}

/** Read-side port: the search is SQL over the vacancy table, never aggregates loaded and filtered. */
export abstract class VacancySearchStore {
  /** Up to `limit` positions after `after`, in `order`. */
  abstract page(
    criteria: VacancySearchCriteria,
    context: VacancySearchContext,
    order: VacancyOrder,
    limit: number,
    after?: VacancySearchPosition,
  ): Promise<VacancySearchPosition[]>;

  abstract count(criteria: VacancySearchCriteria, context: VacancySearchContext): Promise<number>;
}
