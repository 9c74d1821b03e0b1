import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { GetVacanciesByIdsQuery } from './get-vacancies-by-ids.query';

/**
 * The stored vacancies for these ids, in the same order, null where there is none. No policy here: callers decide
 * what may be shown (the entity resolver applies VIEW_VACANCY to each; search has already filtered by visibility).
 */
@Injectable()
export class GetVacanciesByIdsHandler {
  constructor(private readonly vacancies: VacancyRepository) {}

  async execute(query: GetVacanciesByIdsQuery): Promise<(VacancySnapshot | null)[]> {
    const found = new Map((await this.vacancies.findByIds(query.ids)).map((v) => [v.id, v.snapshot()]));
    return query.ids.map((id) => found.get(id) ?? null);
  }
}
