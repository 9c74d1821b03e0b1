import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonEventsPublisher } from '../application/integration-events/person-events.publisher';
import { toIntegrationEvent } from '../application/integration-events/person-integration-events.mapper';
import { PersonDomainEvent } from '../domain/person.domain-events';

/** Writes integration events to the outbox in the open transaction; only the relay talks to Kafka. */
@Injectable()
export class OutboxPersonEventsPublisher extends PersonEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
  ) {
    super();
  }

  async publish(events: PersonDomainEvent[], traceId: string): Promise<void> {
    for (const event of events) {
      const { definition, subject, aggregateVersion, data } = toIntegrationEvent(event);
      await this.outbox.append(this.transactions.manager(), definition, {
        subject,
        aggregateVersion,
        data,
        traceId,
      });
    }
  }
}
