import { Module } from '@nestjs/common';
import { VacancyModule } from '../vacancy/vacancy.module';
import { VacancySearchResolver } from './api/vacancy-search.resolver';
import { SearchVacanciesHandler } from './application/search-vacancies/search-vacancies.handler';
import { VacancySearchStore } from './application/vacancy-search.store';
import { TypeOrmVacancySearchStore } from './infrastructure/typeorm-vacancy-search.store';

export const VACANCY_SEARCH_RESOLVERS = [VacancySearchResolver];

/** Browse and search: SQL over the vacancy table for ids in order, the vacancy area's handler for the vacancies. */
@Module({
  imports: [VacancyModule],
  providers: [
    ...VACANCY_SEARCH_RESOLVERS,
    SearchVacanciesHandler,
    { provide: VacancySearchStore, useClass: TypeOrmVacancySearchStore },
  ],
  exports: [SearchVacanciesHandler, VacancySearchStore],
})
export class VacancySearchModule {}
