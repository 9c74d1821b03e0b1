import { Module } from '@nestjs/common';
import { DepartmentModule } from '../department/department.module';
import { PostReservationCoreModule } from '../post-reservation/post-reservation-core.module';
import { VacancyMutationsResolver } from './api/vacancy-mutations.resolver';
import { VacancyResolver } from './api/vacancy.resolver';
import { CancelVacancyHandler } from './application/cancel-vacancy/cancel-vacancy.handler';
import { CloseVacanciesAtClosingDateHandler } from './application/close-vacancies-at-closing-date/close-vacancies-at-closing-date.handler';
import { CloseVacancyHandler } from './application/close-vacancy/close-vacancy.handler';
import { CreateVacancyHandler } from './application/create-vacancy/create-vacancy.handler';
import { GetPostCountsHandler } from './application/get-post-counts/get-post-counts.handler';
import { GetVacanciesByIdsHandler } from './application/get-vacancies-by-ids/get-vacancies-by-ids.handler';
import { GetVacancyHandler } from './application/get-vacancy/get-vacancy.handler';
import { VacancyEventsPublisher } from './application/integration-events/vacancy-events.publisher';
import { PublishVacancyHandler } from './application/publish-vacancy/publish-vacancy.handler';
import { UpdateVacancyHandler } from './application/update-vacancy/update-vacancy.handler';
import { VacancyChangeRunner } from './application/vacancy-change.runner';
import { VacancyRepository } from './domain/vacancy.repository';
import { OutboxVacancyEventsPublisher } from './infrastructure/outbox-vacancy-events.publisher';
import { TypeOrmVacancyRepository } from './infrastructure/typeorm-vacancy.repository';
import { VacancyOrmEntity } from './infrastructure/vacancy.orm-entity';

export const VACANCY_ENTITIES = [VacancyOrmEntity];
export const VACANCY_RESOLVERS = [VacancyResolver, VacancyMutationsResolver];

@Module({
  imports: [DepartmentModule, PostReservationCoreModule],
  providers: [
    ...VACANCY_RESOLVERS,
    VacancyChangeRunner,
    CreateVacancyHandler,
    UpdateVacancyHandler,
    PublishVacancyHandler,
    CloseVacancyHandler,
    CancelVacancyHandler,
    CloseVacanciesAtClosingDateHandler,
    GetVacancyHandler,
    GetVacanciesByIdsHandler,
    GetPostCountsHandler,
    { provide: VacancyRepository, useClass: TypeOrmVacancyRepository },
    { provide: VacancyEventsPublisher, useClass: OutboxVacancyEventsPublisher },
  ],
  exports: [
    GetVacanciesByIdsHandler,
    GetVacancyHandler,
    CloseVacanciesAtClosingDateHandler,
    VacancyRepository,
    VacancyEventsPublisher,
  ],
})
export class VacancyModule {}
