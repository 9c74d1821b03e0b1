import { Module } from '@nestjs/common';
import { VacancyMovesResolver } from './api/vacancy-moves.resolver';
import { FindKnownVacanciesHandler } from './application/find-known-vacancies/find-known-vacancies.handler';
import { ProjectVacancyHandler } from './application/project-vacancy/project-vacancy.handler';
import { RecordVacancyStatusHandler } from './application/record-vacancy-status/record-vacancy-status.handler';
import { VacancyReadModelStore } from './application/vacancy-read-model.store';
import { TypeOrmVacancyReadModelStore } from './infrastructure/typeorm-vacancy-read-model.store';
import { VacancyReadModelOrmEntity } from './infrastructure/vacancy-read-model.orm-entity';

export const VACANCY_READ_MODEL_ENTITIES = [VacancyReadModelOrmEntity];
export const VACANCY_READ_MODEL_RESOLVERS = [VacancyMovesResolver];

@Module({
  providers: [
    ...VACANCY_READ_MODEL_RESOLVERS,
    ProjectVacancyHandler,
    RecordVacancyStatusHandler,
    FindKnownVacanciesHandler,
    { provide: VacancyReadModelStore, useClass: TypeOrmVacancyReadModelStore },
  ],
  exports: [VacancyReadModelStore, ProjectVacancyHandler, RecordVacancyStatusHandler],
})
export class VacancyReadModelModule {}
