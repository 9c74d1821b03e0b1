import { VacancyAlertRaised } from '@civil/contracts';
import { OutboxBatchEvent, OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { RaisedAlert } from '../application/saved-search.store';
import { VacancyAlertEventsPublisher } from '../application/vacancy-alert-events.publisher';

/** In the open transaction, beside the alert row; only the relay talks to Kafka. */
@Injectable()
export class OutboxVacancyAlertEventsPublisher extends VacancyAlertEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
  ) {
    super();
  }

  /** One INSERT however many searches a vacancy matched (thousands, for a popular one). */
  async alertsRaised(alerts: readonly RaisedAlert[], traceId: string): Promise<void> {
    // The alert is the aggregate (raised once, never changed): consumers' inboxes skip an event whose subject they
    // have seen at that version, so keying by the person would drop every alert after their first.
    await this.outbox.appendAll(
      this.transactions.manager(),
      alerts.map((alert) => ({
        definition: VacancyAlertRaised as OutboxBatchEvent['definition'],
        subject: alert.alertId,
        aggregateVersion: 1,
        data: alert,
        traceId,
      })),
    );
  }
}
