import { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { GetVacanciesByIdsHandler } from '../../../vacancy/application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacanciesByIdsQuery } from '../../../vacancy/application/get-vacancies-by-ids/get-vacancies-by-ids.query';
import {
  inSearchOrder,
  searchContextFor,
  startSearch,
  toPage,
  VacancySearchPage,
} from '../vacancy-search.pages';
import { VacancySearchStore } from '../vacancy-search.store';
import { SearchVacanciesQuery } from './search-vacancies.query';

export type { VacancySearchPage } from '../vacancy-search.pages';

/**
 * A page of the open vacancies the caller may see. The caller's scope is part of the SQL, so pages are always full and
 * counts are true; the SQL answers ids in order, and the vacancies themselves come from the vacancy area, so a search
 * answers the same Vacancy as `vacancy(id)`.
 */
@Injectable()
export class SearchVacanciesHandler {
  constructor(
    private readonly store: VacancySearchStore,
    private readonly vacancies: GetVacanciesByIdsHandler,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({
    criteria,
    order,
    first,
    after,
    identity,
    countEagerly,
  }: SearchVacanciesQuery): Promise<VacancySearchPage> {
    const started = startSearch(criteria, order, first, after);
    const context = searchContextFor(identity, this.clock);
    // The count and the page are independent statements on separate pooled connections: started together, a request
    // waits for the slower of the two instead of both.
    const counted = countEagerly ? this.store.count(criteria, context) : undefined;
    counted?.catch(() => undefined); // awaited by totalCount; not an unhandled rejection if the page fails first
    const positions = await this.store.page(criteria, context, started.order, first + 1, started.position);
    const ids = positions.slice(0, first).map((position) => position.id);
    const loaded = ids.length === 0 ? [] : await this.vacancies.execute(new GetVacanciesByIdsQuery(ids));
    return toPage(
      started.order,
      positions,
      first,
      inSearchOrder(ids, loaded),
      () => counted ?? this.store.count(criteria, context),
    );
  }
}
