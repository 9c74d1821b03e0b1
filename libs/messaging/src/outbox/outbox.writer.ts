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

// One statement for many rows: the enqueue trigger runs per statement, and a bulk producer (the HR import) saves a
// round trip per event.
const INSERT_MANY = `
  INSERT INTO "outbox_message" ("event_id", "topic", "aggregate_id", "aggregate_version", "type", "envelope")
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::text[], $6::json[])`;

/** One event of a bulk append: its contract beside it, since a batch may mix types. */
export interface OutboxBatchEvent<T extends object = object> extends OutboxEvent<T> {
  definition: EventDefinition<T>;
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

  /**
   * Many events in one INSERT, in the order given (outbox ids follow it, so per-aggregate order holds when each
   * aggregate's events are in version order). Same checks as append: inside a transaction, every payload valid.
   */
  async appendAll(
    manager: EntityManager,
    events: readonly OutboxBatchEvent[],
  ): Promise<IntegrationEvent<object>[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive)
      throw new OutboxOutsideTransactionError(events[0].definition.type);
    const now = this.clock.now();
    const envelopes = events.map((event) => this.envelope(event.definition, event, now));
    await manager.query(INSERT_MANY, [
      envelopes.map((envelope) => envelope.id),
      events.map((event) => event.definition.topic),
      envelopes.map((envelope) => envelope.subject),
      envelopes.map((envelope) => envelope.aggregateversion),
      envelopes.map((envelope) => envelope.type),
      envelopes.map((envelope) => JSON.stringify(envelope)),
    ]);
    return envelopes;
  }

  async append<T extends object>(
    manager: EntityManager,
    definition: EventDefinition<T>,
    event: OutboxEvent<T>,
  ): Promise<IntegrationEvent<T>> {
    if (!manager.queryRunner?.isTransactionActive) throw new OutboxOutsideTransactionError(definition.type);
    const envelope = this.envelope(definition, event, this.clock.now());
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

  private envelope<T extends object>(
    definition: EventDefinition<T>,
    event: OutboxEvent<T>,
    now: Date,
  ): IntegrationEvent<T> {
    return validateEvent<T>(
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
  }
}
