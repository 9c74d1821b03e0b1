import { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { searchContextFor } from '../../../vacancy-search/application/vacancy-search.pages';
import { VacancySearchStore } from '../../../vacancy-search/application/vacancy-search.store';
import { CountMatchingQuery } from './count-matching.query';

/** The same count `vacancies(filter, search) { totalCount }` gives, so a saved search and its results agree. */
@Injectable()
export class CountMatchingHandler {
  constructor(
    private readonly search: VacancySearchStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ filter, identity }: CountMatchingQuery): Promise<number> {
    return this.search.count(filter, searchContextFor(identity, this.clock));
  }
}
