import { deadLetterTopicOf } from '@civil/contracts';
import { expectEventually, testServerUrl } from '@civil/testing';
import { Client } from 'pg';
import {
  DEAD_LETTER_HEADERS,
  EventHandler,
  InProcessTransport,
  InboxConsumer,
  MessagingLogger,
  TransportMessage,
  silentLogger,
} from '../src';
import { counterContracts } from './support/counter-events';
import { asMessage, counterIncremented } from './support/counter-envelopes';
import { projectCounter, readProjection } from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';

const contracts = counterContracts('counters.counter.v1');

describe('InboxConsumer', () => {
  let db: MessagingTestDatabase;
  let transport: InProcessTransport;
  let consumer: InboxConsumer;
  let handled: number[];

  const countingProjection: EventHandler = async (event, manager) => {
    handled.push(event.aggregateversion);
    await projectCounter(event, manager);
  };

  function startConsumer(handler: EventHandler = countingProjection, maxAttempts = 3): Promise<void> {
    consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: 'projection',
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: handler },
      maxAttempts,
      retryBackoffMs: 5,
      logger: silentLogger,
    });
    return consumer.start();
  }

  const inbox = (): Promise<{ aggregate_version: number; outcome: string }[]> =>
    db.dataSource.query(
      `SELECT aggregate_version, outcome FROM inbox_message ORDER BY processed_at, aggregate_version`,
    );

  beforeAll(async () => {
    db = await createMessagingTestDatabase('inbox_consumer');
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE inbox_message, inbox_aggregate_version, counter_projection`);
    transport = new InProcessTransport({ redelivery: { minMs: 5, maxMs: 20 }, logger: silentLogger });
    handled = [];
  });
  afterEach(async () => {
    await consumer.stop();
    await transport.close();
  });

  it('applies an event delivered twice only once', async () => {
    await startConsumer();
    const event = counterIncremented('c-1', 1, 10);
    await transport.publish(contracts.topic, [asMessage(event), asMessage(event)]);
    await transport.publish(contracts.topic, [asMessage(counterIncremented('c-1', 2, 5))]);
    await expectEventually(async () =>
      expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 2, total: 15, applied: 2 }]),
    );
    expect(handled).toEqual([1, 2]);
    expect(await inbox()).toHaveLength(2);
  });

  it('records an event older than the version already applied without running its handler', async () => {
    await startConsumer();
    await transport.publish(contracts.topic, [
      asMessage(counterIncremented('c-1', 2, 20)),
      asMessage(counterIncremented('c-1', 1, 10)),
    ]);
    await expectEventually(async () => expect(await inbox()).toHaveLength(2));
    expect(handled).toEqual([2]);
    expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 2, total: 20, applied: 1 }]);
    expect(await inbox()).toEqual([
      { aggregate_version: 2, outcome: 'applied' },
      { aggregate_version: 1, outcome: 'stale' },
    ]);
  });

  it('records and ignores a type it has no handler for', async () => {
    await startConsumer();
    const renamed = {
      ...counterIncremented('c-1', 1, 1),
      type: 'CounterRenamed',
      data: { counterId: 'c-1', name: 'visits' },
    };
    await transport.publish(contracts.topic, [
      asMessage(renamed),
      asMessage(counterIncremented('c-1', 2, 7)),
    ]);
    await expectEventually(async () => expect(await inbox()).toHaveLength(2));
    expect(await inbox()).toEqual([
      { aggregate_version: 1, outcome: 'unhandled' },
      { aggregate_version: 2, outcome: 'applied' },
    ]);
  });

  it("rolls the handler's effect back with the inbox row when it fails, and retries", async () => {
    let failuresLeft = 2;
    await startConsumer(async (event, manager) => {
      await countingProjection(event, manager);
      if (failuresLeft-- > 0) throw new Error('lost a race with another writer');
    });
    await transport.publish(contracts.topic, [asMessage(counterIncremented('c-1', 1, 10))]);
    await expectEventually(async () =>
      expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 1, total: 10, applied: 1 }]),
    );
    expect(handled).toEqual([1, 1, 1]);
  });

  it('dead-letters an event whose handler keeps failing, and carries on with the next', async () => {
    const deadLetters: TransportMessage[] = [];
    await transport.subscribe(
      { groupId: 'dlq-reader', topics: [deadLetterTopicOf(contracts.topic)], fromBeginning: true },
      async (m) => {
        deadLetters.push(m);
      },
    );
    await startConsumer(async (event, manager) => {
      if (event.data.amount === 13) throw new Error('unlucky amount');
      await countingProjection(event, manager);
    });
    await transport.publish(contracts.topic, [
      asMessage(counterIncremented('c-1', 1, 13)),
      asMessage(counterIncremented('c-1', 2, 7)),
    ]);
    await expectEventually(async () =>
      expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 2, total: 7, applied: 1 }]),
    );
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0].headers).toMatchObject({
      [DEAD_LETTER_HEADERS.error]: 'unlucky amount',
      [DEAD_LETTER_HEADERS.attempts]: '3',
      [DEAD_LETTER_HEADERS.originalTopic]: contracts.topic,
    });
  });

  it('takes a batch in one transaction, with the outcomes of one event at a time', async () => {
    await startConsumer();
    const first = counterIncremented('c-1', 1, 10);
    const renamed = {
      ...counterIncremented('c-1', 4, 1),
      type: 'CounterRenamed',
      data: { counterId: 'c-1', name: 'visits' },
    };
    // One key, one publish: the consumer finds all six waiting on one partition.
    await transport.publish(contracts.topic, [
      asMessage(first),
      asMessage(counterIncremented('c-1', 2, 5)),
      asMessage(first),
      asMessage(counterIncremented('c-1', 1, 99)),
      asMessage(counterIncremented('c-1', 3, 1)),
      asMessage(renamed),
    ]);
    await expectEventually(async () => expect(await inbox()).toHaveLength(5));
    expect(await inbox()).toEqual([
      { aggregate_version: 1, outcome: 'applied' },
      { aggregate_version: 2, outcome: 'applied' },
      { aggregate_version: 1, outcome: 'stale' },
      { aggregate_version: 3, outcome: 'applied' },
      { aggregate_version: 4, outcome: 'unhandled' },
    ]);
    expect(handled).toEqual([1, 2, 3]);
    expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 3, total: 16, applied: 3 }]);
    const [{ transactions }] = await db.dataSource.query(
      `SELECT count(DISTINCT xmin::text)::int AS transactions FROM inbox_message`,
    );
    expect(transactions).toBe(1);
  });

  it('takes a batch with a failing event one event at a time: the rest applied in order, the culprit dead-lettered', async () => {
    const deadLetters: TransportMessage[] = [];
    await transport.subscribe(
      { groupId: 'dlq-reader', topics: [deadLetterTopicOf(contracts.topic)], fromBeginning: true },
      async (m) => void deadLetters.push(m),
    );
    await startConsumer(async (event, manager) => {
      if (event.data.amount === 13) throw new Error('unlucky amount');
      await countingProjection(event, manager);
    });
    await transport.publish(contracts.topic, [
      asMessage(counterIncremented('c-1', 1, 5)),
      asMessage(counterIncremented('c-1', 2, 13)),
      asMessage(counterIncremented('c-1', 3, 7)),
    ]);
    await expectEventually(async () =>
      expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 3, total: 12, applied: 2 }]),
    );
    expect(await inbox()).toEqual([
      { aggregate_version: 1, outcome: 'applied' },
      { aggregate_version: 3, outcome: 'applied' },
    ]);
    expect(deadLetters.map((m) => JSON.parse(m.value).aggregateversion)).toEqual([2]);
  });

  it('never dead-letters while its database is unreachable: the message waits for the database', async () => {
    let redeliveries = 0;
    const countingLogger: MessagingLogger = { ...silentLogger, warn: () => void (redeliveries += 1) };
    await transport.close();
    transport = new InProcessTransport({ redelivery: { minMs: 5, maxMs: 20 }, logger: countingLogger });
    const deadLetters: TransportMessage[] = [];
    await transport.subscribe(
      { groupId: 'dlq-reader', topics: [deadLetterTopicOf(contracts.topic)], fromBeginning: true },
      async (m) => {
        deadLetters.push(m);
      },
    );
    await startConsumer();
    const admin = new Client({ connectionString: testServerUrl() });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${db.database.name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [
        db.database.name,
      ]);
      await transport.publish(contracts.topic, [asMessage(counterIncremented('c-1', 1, 10))]);
      // Far more deliveries than maxAttempts (3), and still no dead letter.
      await expectEventually(() => expect(redeliveries).toBeGreaterThan(6));
      expect(deadLetters).toEqual([]);
    } finally {
      await admin.query(`ALTER DATABASE "${db.database.name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await expectEventually(async () =>
      expect(await readProjection(db.dataSource)).toEqual([{ id: 'c-1', version: 1, total: 10, applied: 1 }]),
    );
    expect(deadLetters).toEqual([]);
  });

  it('refuses a handler for a type none of its topics carries', () => {
    expect(
      () =>
        new InboxConsumer({
          dataSource: db.dataSource,
          transport,
          groupId: 'g',
          catalog: contracts.catalog,
          topics: [contracts.topic],
          handlers: { PersonRegistered: projectCounter },
        }),
    ).toThrow(/PersonRegistered/);
    consumer = { stop: async () => undefined } as unknown as InboxConsumer;
  });
});
