import { Injectable } from '@nestjs/common';
import { VacancyReadModelStore } from '../vacancy-read-model.store';
import { FindKnownVacanciesQuery } from './find-known-vacancies.query';

/** Which of these vacancies moves has taken in: tells an operator whether the event pipeline has caught up. */
@Injectable()
export class FindKnownVacanciesHandler {
  constructor(private readonly vacancies: VacancyReadModelStore) {}

  execute(query: FindKnownVacanciesQuery): Promise<Set<string>> {
    return this.vacancies.knownIds(query.vacancyIds);
  }
}
