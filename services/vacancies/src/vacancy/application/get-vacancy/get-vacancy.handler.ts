import { VIEW_VACANCY } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { GetVacancyQuery } from './get-vacancy.query';

/** One vacancy, if the caller may see it (VIEW_VACANCY: drafts to their department, advertised ones to their audience). */
@Injectable()
export class GetVacancyHandler {
  constructor(private readonly vacancies: VacancyRepository) {}

  async execute(query: GetVacancyQuery): Promise<VacancySnapshot> {
    const vacancy = await this.vacancies.findById(query.id);
    if (!vacancy) throw new NotFoundError('Vacancy', query.id);
    const snapshot = vacancy.snapshot();
    authorize(VIEW_VACANCY, query.identity, snapshot);
    return snapshot;
  }
}
