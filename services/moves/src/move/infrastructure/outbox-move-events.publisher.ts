import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveEventsPublisher } from '../application/integration-events/move-events.publisher';
import { toIntegrationEvents } from '../application/integration-events/move-integration-events.mapper';
import { MoveSnapshot } from '../domain/move.aggregate';
import { MoveDomainEvent } from '../domain/move.domain-events';

/** Writes integration events to the outbox in the open transaction; only the relay talks to Kafka. */
@Injectable()
export class OutboxMoveEventsPublisher extends MoveEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
  ) {
    super();
  }

  async publish(events: readonly MoveDomainEvent[], move: MoveSnapshot, traceId: string): Promise<void> {
    for (const { definition, subject, aggregateVersion, data } of toIntegrationEvents(events, move))
      await this.outbox.append(this.transactions.manager(), definition, {
        subject,
        aggregateVersion,
        data,
        traceId,
      });
  }
}
