import { deadLetterTopicOf, uuidv7 } from '@civil/contracts';
import { expectEventually, testKafkaBrokers, uniqueTopicName } from '@civil/testing';
import {
  DEAD_LETTER_HEADERS,
  InboxConsumer,
  KafkaTransport,
  OutboxRelay,
  OutboxWriter,
  ensureTopics,
  silentLogger,
} from '../src';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import { counterIncremented } from './support/counter-envelopes';
import { incrementCounter, projectCounter, readProjection } from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';
import { tapTopics, testKafkaTransport, uniqueGroupId } from './support/test-transports';

describe('a schema-invalid event on Kafka', () => {
  const contracts = counterContracts(uniqueTopicName('counters.counter.v1'));
  let db: MessagingTestDatabase;
  let transport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: InboxConsumer;

  beforeAll(async () => {
    await ensureTopics(testKafkaBrokers(), [contracts.topic], { partitions: 3 });
    db = await createMessagingTestDatabase('dead_letter');
    transport = testKafkaTransport();
    relay = new OutboxRelay({
      dataSource: db.dataSource,
      transport,
      logger: silentLogger,
      pollIntervalMs: 200,
    });
    consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: uniqueGroupId('projection'),
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: projectCounter },
      maxAttempts: 3,
      retryBackoffMs: 10,
      logger: silentLogger,
    });
  });
  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await transport?.close();
    await db?.close();
  });

  it('goes to the dead-letter topic after its retries, and the next event is still processed', async () => {
    const deadLetters = await tapTopics(transport, [deadLetterTopicOf(contracts.topic)]);
    try {
      // Straight into the table, past OutboxWriter's validation, as a buggy or older producer might.
      const bad = counterIncremented('c-1', 1, 5000, uuidv7());
      await db.dataSource.query(
        `INSERT INTO outbox_message (event_id, topic, aggregate_id, aggregate_version, type, envelope)
         VALUES ($1, $2, 'c-1', 1, 'CounterIncremented', $3::jsonb)`,
        [bad.id, contracts.topic, JSON.stringify(bad)],
      );
      await db.dataSource.query(`INSERT INTO counter (id, version, total) VALUES ('c-1', 1, 0)`);
      await incrementCounter(db.dataSource, new OutboxWriter({ source: COUNTER_SOURCE }), contracts, 'c-1');
      await consumer.start();
      await relay.start();

      await expectEventually(
        async () =>
          expect(await readProjection(db.dataSource)).toEqual([
            expect.objectContaining({ id: 'c-1', version: 2, applied: 1 }),
          ]),
        {
          timeoutMs: 30_000,
        },
      );
      await expectEventually(() => expect(deadLetters.seen).toHaveLength(1), { timeoutMs: 10_000 });
      const [letter] = deadLetters.seen;
      expect(JSON.parse(letter.value).id).toBe(bad.id);
      expect(letter.key).toBe('c-1');
      expect(letter.headers).toMatchObject({
        [DEAD_LETTER_HEADERS.error]: expect.stringMatching(/data\.amount/),
        [DEAD_LETTER_HEADERS.errorName]: 'EventSchemaError',
        [DEAD_LETTER_HEADERS.originalTopic]: contracts.topic,
        [DEAD_LETTER_HEADERS.originalPartition]: expect.stringMatching(/^[0-2]$/),
        [DEAD_LETTER_HEADERS.originalOffset]: '0',
        [DEAD_LETTER_HEADERS.attempts]: '3',
      });
      const inbox = await db.dataSource.query(`SELECT event_id FROM inbox_message`);
      expect(inbox.map((row: { event_id: string }) => row.event_id)).not.toContain(bad.id);
    } finally {
      await deadLetters.stop();
    }
  });
});

describe('ensureTopics', () => {
  it('creates each topic with its dead-letter topic, and may run again', async () => {
    const topic = uniqueTopicName('ensure.topics.v1');
    await ensureTopics(testKafkaBrokers(), [topic], { partitions: 2 });
    await ensureTopics(testKafkaBrokers(), [topic], { partitions: 2 });
    const admin = new KafkaTransport({
      brokers: testKafkaBrokers(),
      clientId: 'ensure-topics-test',
      logger: silentLogger,
    });
    try {
      expect(await admin.isHealthy()).toBe(true);
    } finally {
      await admin.close();
    }
    const { Kafka, logLevel } = await import('kafkajs');
    const kafkaAdmin = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await kafkaAdmin.connect();
    try {
      const { topics } = await kafkaAdmin.fetchTopicMetadata({ topics: [topic, deadLetterTopicOf(topic)] });
      expect(topics.map((t) => [t.name, t.partitions.length]).sort()).toEqual([
        [topic, 2],
        [deadLetterTopicOf(topic), 2],
      ]);
    } finally {
      await kafkaAdmin.disconnect();
    }
  });
});
