import { randomBytes } from 'node:crypto';
import { EventDefinition, IntegrationEvent, uuidv7, validateEvent } from '@civil/contracts';
import { EntityManager } from 'typeorm';
import { Clock, systemClock } from '../clock';
import { OutboxOutsideTransactionError } from './outbox-outside-transaction.error';

export interface OutboxWriterOptions {
  /** The producing service as a URI reference, e.g. PEOPLE_SOURCE ('/services/people'). */
  source: string;
  clock?: Clock;
}

export interface OutboxEvent<T> {
  /** The aggregate id; also the Kafka key. */
  subject: string;
  /** The aggregate's version after this change. */
  aggregateVersion: number;
  data: T;
  /** The request's trace id, so the event can be followed across services; a fresh one when absent. */
  traceId?: string;
}

const INSERT = `
  INSERT INTO "outbox_message" ("event_id", "topic", "aggregate_id", "aggregate_version", "type", "envelope")
  VALUES ($1, $2, $3, $4, $5, $6::json)`;

/**
 * Turns a change into an integration event row in the caller's transaction. It validates against the contract
 * first, so a bad payload fails the command that produced it rather than every consumer downstream.
 */
export class OutboxWriter {
  private readonly source: string;
  private readonly clock: Clock;

  constructor(options: OutboxWriterOptions) {
    if (!options.source) throw new Error('OutboxWriter needs a source, e.g. /services/people');
    this.source = options.source;
    this.clock = options.clock ?? systemClock;
  }

  async append<T extends object>(
    manager: EntityManager,
    definition: EventDefinition<T>,
    event: OutboxEvent<T>,
  ): Promise<IntegrationEvent<T>> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError(definition.type);
    const now = this.clock.now();
    const envelope = validateEvent<T>(
      {
        specversion: '1.0',
        id: uuidv7(now.getTime()),
        source: this.source,
        type: definition.type,
        subject: event.subject,
        time: now.toISOString(),
        datacontenttype: 'application/json',
        aggregateversion: event.aggregateVersion,
        traceid: event.traceId ?? randomBytes(16).toString('hex'),
        data: event.data,
      },
      definition,
    );
    await manager.query(INSERT, [
      envelope.id,
      definition.topic,
      envelope.subject,
      envelope.aggregateversion,
      envelope.type,
      JSON.stringify(envelope),
    ]);
    return envelope;
  }
}
