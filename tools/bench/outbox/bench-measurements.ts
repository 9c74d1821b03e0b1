import {
  InboxConsumer,
  KafkaTransport,
  MessageTransport,
  OutboxRelay,
  OutgoingMessage,
  silentLogger,
} from '@civil/messaging';
import { EventCatalog, EventDefinition } from '@civil/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { DataSource } from 'typeorm';
import { projectPerson } from './bench-workload';

export function perSecond(count: number, startedAt: number): number {
  return count / ((performance.now() - startedAt) / 1000);
}

/** The unsent rows' payloads exactly as the relay would send them, for the raw producer to send instead. */
export async function unsentPayloads(dataSource: DataSource): Promise<OutgoingMessage[]> {
  const rows: { key: string; value: string }[] = await dataSource.query(
    `SELECT m.aggregate_id AS key, m.envelope::text AS value
     FROM outbox_message m JOIN outbox_pending p ON p.id = m.id ORDER BY m.id`,
  );
  return rows.map((row) => ({
    ...row,
    headers: { 'content-type': 'application/cloudevents+json; charset=UTF-8' },
  }));
}

/** The ceiling: kafkajs alone, configured as the relay's producer is (acks -1, one request in flight), same batches. */
export async function rawProducerRate(
  brokers: string[],
  topic: string,
  messages: OutgoingMessage[],
  batchSize: number,
): Promise<number> {
  const producer = new Kafka({
    clientId: 'bench-raw-producer',
    brokers,
    logLevel: logLevel.NOTHING,
  }).producer({
    allowAutoTopicCreation: false,
    maxInFlightRequests: 1,
    idempotent: false,
  });
  await producer.connect();
  try {
    await producer.send({ topic, messages: messages.slice(0, batchSize), acks: -1 });
    const started = performance.now();
    for (let first = 0; first < messages.length; first += batchSize) {
      await producer.send({ topic, messages: messages.slice(first, first + batchSize), acks: -1 });
    }
    return perSecond(messages.length, started);
  } finally {
    await producer.disconnect();
  }
}

/** Starts a relay as a service does (default concurrency), and times it draining the outbox. */
export async function relayRate(
  dataSource: DataSource,
  transport: MessageTransport,
  batchSize: number,
): Promise<number> {
  const relay = new OutboxRelay({ dataSource, transport, batchSize, logger: silentLogger });
  const backlog = await relay.backlog();
  const started = performance.now();
  await relay.start();
  try {
    await waitFor(async () => (await relay.backlog()) === 0, 300_000, `relaying ${backlog} events`);
    return perSecond(backlog, started);
  } finally {
    await relay.stop();
  }
}

/**
 * Accepts and drops everything: the relay's database side alone (claim, mark, commit), to tell a slow database
 * from a slow broker when the relay misses its goal.
 */
export function discardingTransport(): MessageTransport {
  return {
    kind: 'kafka',
    publish: async () => undefined,
    subscribe: async () => ({ stop: async () => undefined }),
    subscribeBatches: async () => ({ stop: async () => undefined }),
    isHealthy: async () => true,
    close: async () => undefined,
  };
}

/** Queues the oldest `count` rows again, as unsent, so a drain can be measured once more on the same data. */
export async function resendOldest(dataSource: DataSource, count: number): Promise<void> {
  await dataSource.query(
    `INSERT INTO outbox_pending (id, aggregate_id)
     SELECT id, aggregate_id FROM outbox_message ORDER BY id LIMIT $1
     ON CONFLICT DO NOTHING`,
    [count],
  );
}

async function inboxCount(dataSource: DataSource, groupId: string): Promise<number> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS n FROM inbox_message WHERE consumer_group = $1`,
    [groupId],
  );
  return row.n;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`bench: ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Outbox to Kafka to inbox: a consumer already in its group, `fill` puts the events in the outbox, then a running
 * relay (woken by NOTIFY) publishes them and the consumer applies them, up to `inboxBatchSize` per transaction.
 * Measured from the relay's start to the last inbox commit.
 */
export async function pipelineRate(
  dataSource: DataSource,
  transport: KafkaTransport,
  definition: EventDefinition,
  fill: () => Promise<number>,
  inboxBatchSize?: number,
): Promise<{ rate: number; count: number }> {
  const groupId = `bench-${Date.now()}`;
  const consumer = new InboxConsumer({
    dataSource,
    transport,
    groupId,
    catalog: new EventCatalog([definition]),
    topics: [definition.topic],
    handlers: { [definition.type]: projectPerson },
    logger: silentLogger,
    ...(inboxBatchSize !== undefined && { batchSize: inboxBatchSize }),
  });
  await consumer.start();
  const relay = new OutboxRelay({ dataSource, transport, batchSize: 500, logger: silentLogger });
  try {
    const count = await fill();
    const started = performance.now();
    await relay.start();
    await waitFor(
      async () => (await inboxCount(dataSource, groupId)) >= count,
      180_000,
      `consuming ${count} events`,
    );
    return { rate: perSecond(count, started), count };
  } finally {
    await relay.stop();
    await consumer.stop();
  }
}
