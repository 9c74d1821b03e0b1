import { Module } from '@nestjs/common';
import { VacancyResolver } from './api/vacancy.resolver';
import { CreateVacancyHandler } from './application/create-vacancy/create-vacancy.handler';
import { GetVacanciesByIdsHandler } from './application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacancyHandler } from './application/get-vacancy/get-vacancy.handler';
import { VacancyEventsPublisher } from './application/integration-events/vacancy-events.publisher';
import { VacancyRepository } from './domain/vacancy.repository';
import { OutboxVacancyEventsPublisher } from './infrastructure/outbox-vacancy-events.publisher';
import { TypeOrmVacancyRepository } from './infrastructure/typeorm-vacancy.repository';
import { VacancyOrmEntity } from './infrastructure/vacancy.orm-entity';

export const VACANCY_ENTITIES = [VacancyOrmEntity];
export const VACANCY_RESOLVERS = [VacancyResolver];

@Module({
  providers: [
    ...VACANCY_RESOLVERS,
    CreateVacancyHandler,
    GetVacancyHandler,
    GetVacanciesByIdsHandler,
    { provide: VacancyRepository, useClass: TypeOrmVacancyRepository },
    { provide: VacancyEventsPublisher, useClass: OutboxVacancyEventsPublisher },
  ],
})
export class VacancyModule {}
