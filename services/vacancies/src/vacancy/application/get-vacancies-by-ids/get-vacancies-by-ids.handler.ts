import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { GetVacanciesByIdsQuery } from './get-vacancies-by-ids.query';

@Injectable()
export class GetVacanciesByIdsHandler {
  constructor(private readonly vacancies: VacancyRepository) {}

  async execute(query: GetVacanciesByIdsQuery): Promise<Map<string, VacancySnapshot>> {
    const vacancies = await this.vacancies.findByIds(query.ids);
    return new Map(vacancies.map((vacancy) => [vacancy.id, vacancy.snapshot()]));
  }
}
