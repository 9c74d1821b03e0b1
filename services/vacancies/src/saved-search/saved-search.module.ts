import { Module } from '@nestjs/common';
import { VacancyModule } from '../vacancy/vacancy.module';
import { VacancySearchModule } from '../vacancy-search/vacancy-search.module';
import { SavedSearchResolver } from './api/saved-search.resolver';
import { VacancyAlertResolver } from './api/vacancy-alert.resolver';
import { CountMatchingHandler } from './application/count-matching/count-matching.handler';
import { DeleteSavedSearchHandler } from './application/delete-saved-search/delete-saved-search.handler';
import { MarkAlertsReadHandler } from './application/mark-alerts-read/mark-alerts-read.handler';
import { MyAlertsHandler } from './application/my-alerts/my-alerts.handler';
import { MySavedSearchesHandler } from './application/my-saved-searches/my-saved-searches.handler';
import { RaiseVacancyAlertsHandler } from './application/raise-vacancy-alerts/raise-vacancy-alerts.handler';
import { SaveSearchHandler } from './application/save-search/save-search.handler';
import { SavedSearchStore } from './application/saved-search.store';
import { VacancyAlertEventsPublisher } from './application/vacancy-alert-events.publisher';
import { OutboxVacancyAlertEventsPublisher } from './infrastructure/outbox-vacancy-alert-events.publisher';
import { TypeOrmSavedSearchStore } from './infrastructure/typeorm-saved-search.store';
import { SavedSearchInboxHandlers } from './saved-search.inbox-handlers';

export const SAVED_SEARCH_RESOLVERS = [SavedSearchResolver, VacancyAlertResolver];

/** Saved searches and the alerts a published vacancy raises through them. */
@Module({
  imports: [VacancyModule, VacancySearchModule],
  providers: [
    ...SAVED_SEARCH_RESOLVERS,
    SaveSearchHandler,
    DeleteSavedSearchHandler,
    MySavedSearchesHandler,
    CountMatchingHandler,
    RaiseVacancyAlertsHandler,
    MyAlertsHandler,
    MarkAlertsReadHandler,
    SavedSearchInboxHandlers,
    { provide: SavedSearchStore, useClass: TypeOrmSavedSearchStore },
    { provide: VacancyAlertEventsPublisher, useClass: OutboxVacancyAlertEventsPublisher },
  ],
  exports: [SavedSearchInboxHandlers],
})
export class SavedSearchModule {}
