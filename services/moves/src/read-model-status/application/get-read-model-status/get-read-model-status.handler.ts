import { Injectable } from '@nestjs/common';
import { PersonReadModelStore } from '../../../person-read-model/application/person-read-model.store';
import { VacancyReadModelStore } from '../../../vacancy-read-model/application/vacancy-read-model.store';
import { GetReadModelStatusQuery } from './get-read-model-status.query';

export interface ReadModelStatus {
  people: number;
  vacancies: number;
}

/** How much of the people and vacancy streams moves holds: an operator's first check when numbers look off. */
@Injectable()
export class GetReadModelStatusHandler {
  constructor(
    private readonly people: PersonReadModelStore,
    private readonly vacancies: VacancyReadModelStore,
  ) {}

  async execute(_query: GetReadModelStatusQuery): Promise<ReadModelStatus> {
    const [people, vacancies] = await Promise.all([this.people.count(), this.vacancies.count()]);
    return { people, vacancies };
  }
}
