import { IntegrationEvent, VacancyChanged, VacancyPublished, VacancyRecordV1 } from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RaiseVacancyAlertsCommand } from './application/raise-vacancy-alerts/raise-vacancy-alerts.command';
import { RaiseVacancyAlertsHandler } from './application/raise-vacancy-alerts/raise-vacancy-alerts.handler';

/**
 * The service's own VacancyPublished and VacancyChanged (raised only for open vacancies), taken back in through the
 * inbox: publishing and changing stay one quick transaction, and matching (which grows with the number of saved
 * searches) runs here, retried by the consumer if it fails. A change that makes an open vacancy match a search alerts
 * it; a search already alerted about the vacancy gets nothing new.
 */
@Injectable()
export class SavedSearchInboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly raiseAlerts: RaiseVacancyAlertsHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    const match: EventHandler = (event, manager) => this.match(event, manager);
    return { [VacancyPublished.type]: match, [VacancyChanged.type]: match };
  }

  private async match(event: IntegrationEvent<VacancyRecordV1>, manager: EntityManager) {
    await this.transactions.join(manager, () =>
      this.raiseAlerts.execute(
        new RaiseVacancyAlertsCommand(event.data.vacancyId, event.traceid ?? event.id),
      ),
    );
  }
}

/** Both events travel on the vacancy topic. */
export const SAVED_SEARCH_TOPICS = [VacancyPublished.topic];
