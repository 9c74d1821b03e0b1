import { NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { GetVacancyQuery } from './get-vacancy.query';

@Injectable()
export class GetVacancyHandler {
  constructor(private readonly vacancies: VacancyRepository) {}

  async execute(query: GetVacancyQuery): Promise<VacancySnapshot> {
    const vacancy = await this.vacancies.findById(query.id);
    if (!vacancy) throw new NotFoundError('Vacancy', query.id);
    return vacancy.snapshot();
  }
}
