import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { VacancyEventsPublisher } from '../application/integration-events/vacancy-events.publisher';
import { toIntegrationEvent } from '../application/integration-events/vacancy-integration-events.mapper';
import { VacancyDomainEvent } from '../domain/vacancy.domain-events';
import { VacancyEventVersions } from './vacancy-event-versions';

/** Writes integration events to the outbox in the open transaction; only the relay talks to Kafka. */
@Injectable()
export class OutboxVacancyEventsPublisher extends VacancyEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly versions: VacancyEventVersions,
  ) {
    super();
  }

  async publish(events: VacancyDomainEvent[], traceId: string): Promise<void> {
    for (const event of events) {
      const { definition, subject, data } = toIntegrationEvent(event);
      const aggregateVersion = await this.versions.next(subject);
      if (aggregateVersion === undefined)
        throw new Error(`Vacancy ${subject} is not saved: save before publishing`);
      await this.outbox.append(this.transactions.manager(), definition, {
        subject,
        aggregateVersion,
        data,
        traceId,
      });
    }
  }
}
