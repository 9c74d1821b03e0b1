import { uuidv7 } from '@civil/contracts';
import { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { todayOf } from '../../../vacancy-search/application/vacancy-search.pages';
import { RaisedAlert, SavedSearchStore } from '../saved-search.store';
import { VacancyAlertEventsPublisher } from '../vacancy-alert-events.publisher';
import { RaiseVacancyAlertsCommand } from './raise-vacancy-alerts.command';

/**
 * Matches a published or changed open vacancy against every saved search in one statement, records one alert per
 * matching search (a second delivery, the vacancy published again or changed again finds the alert there, or inserts
 * nothing on the unique (saved search, vacancy), and raises nothing) and a VacancyAlertRaised per alert actually
 * inserted, in the same transaction. The vacancy is read as it is now: one closed or past its
 * closing date by the time the event arrives alerts nobody.
 */
@Injectable()
export class RaiseVacancyAlertsHandler {
  constructor(
    private readonly store: SavedSearchStore,
    private readonly events: VacancyAlertEventsPublisher,
    private readonly transactions: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ vacancyId, traceId }: RaiseVacancyAlertsCommand): Promise<RaisedAlert[]> {
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const raised = await this.store.raiseAlerts(vacancyId, todayOf(this.clock), now, uuidv7);
      if (raised.length > 0) await this.events.alertsRaised(raised, traceId);
      return raised;
    });
  }
}
