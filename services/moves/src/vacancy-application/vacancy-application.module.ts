import { Module } from '@nestjs/common';
import { ApplicationResolver, VacancyApplicationsResolver } from './api/application.resolver';
import { ApplicationChangeRunner } from './application/change-application/application-change.runner';
import { ChangeApplicationHandler } from './application/change-application/change-application.handler';
import { CloseApplicationsHandler } from './application/close-applications/close-applications.handler';
import { ApplicationEventsPublisher } from './application/integration-events/application-events.publisher';
import { ApplicationsReader } from './application/list-applications/applications.reader';
import { ListApplicationsHandler } from './application/list-applications/list-applications.handler';
import { OfferMoveHandler } from './application/offer-move/offer-move.handler';
import { SubmitApplicationHandler } from './application/submit-application/submit-application.handler';
import { ApplicationRepository } from './domain/application.repository';
import { SqlApplicationRepository } from './infrastructure/sql-application.repository';
import { SqlApplicationsReader } from './infrastructure/sql-applications.reader';

export const VACANCY_APPLICATION_RESOLVERS = [ApplicationResolver, VacancyApplicationsResolver];

// MoveModule is global: an offer makes a move through its runner.
@Module({
  providers: [
    ...VACANCY_APPLICATION_RESOLVERS,
    SubmitApplicationHandler,
    ChangeApplicationHandler,
    ApplicationChangeRunner,
    OfferMoveHandler,
    ListApplicationsHandler,
    CloseApplicationsHandler,
    ApplicationEventsPublisher,
    { provide: ApplicationRepository, useClass: SqlApplicationRepository },
    { provide: ApplicationsReader, useClass: SqlApplicationsReader },
  ],
  exports: [CloseApplicationsHandler],
})
export class VacancyApplicationModule {}
