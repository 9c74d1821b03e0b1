import { IntegrationEvent, VacancyPublished, VacancyPublishedV1 } from '@civil/contracts';
import type { EventHandler } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RaiseVacancyAlertsCommand } from './application/raise-vacancy-alerts/raise-vacancy-alerts.command';
import { RaiseVacancyAlertsHandler } from './application/raise-vacancy-alerts/raise-vacancy-alerts.handler';

/**
 * The service's own VacancyPublished, taken back in through the inbox: publishing stays one quick transaction, and
 * matching (which grows with the number of saved searches) runs here, retried by the consumer if it fails.
 */
@Injectable()
export class SavedSearchInboxHandlers {
  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly raiseAlerts: RaiseVacancyAlertsHandler,
  ) {}

  handlers(): Record<string, EventHandler> {
    return { [VacancyPublished.type]: (event, manager) => this.vacancyPublished(event, manager) };
  }

  private async vacancyPublished(event: IntegrationEvent<VacancyPublishedV1>, manager: EntityManager) {
    await this.transactions.join(manager, () =>
      this.raiseAlerts.execute(
        new RaiseVacancyAlertsCommand(event.data.vacancyId, event.traceid ?? event.id),
      ),
    );
  }
}

export const SAVED_SEARCH_TOPICS = [VacancyPublished.topic];
