import { expectEventually } from '@civil/testing';
import { DataSource } from 'typeorm';
import { InProcessTransport, InboxConsumer, OutboxRelay, OutboxWriter, silentLogger } from '../src';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import {
  amountFor,
  counterIds,
  incrementCounter,
  projectCounter,
  readProjection,
  runWorkload,
} from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';

const contracts = counterContracts('counters.counter.v1');

/** The all-in-one mode: the same writer, relay and inbox as with Kafka, over the in-process transport. */
describe('outbox to inbox over the in-process transport', () => {
  let db: MessagingTestDatabase;
  let relayDataSource: DataSource;
  let transport: InProcessTransport;
  let relay: OutboxRelay;
  let consumer: InboxConsumer;
  const writer = new OutboxWriter({ source: COUNTER_SOURCE });

  beforeAll(async () => {
    db = await createMessagingTestDatabase('in_process_pipeline');
    relayDataSource = await db.openDataSource('in-process-relay');
    transport = new InProcessTransport({ logger: silentLogger });
    // Polling an hour apart: anything relayed promptly was woken by NOTIFY.
    relay = new OutboxRelay({
      dataSource: relayDataSource,
      transport,
      pollIntervalMs: 3_600_000,
      batchSize: 50,
      logger: silentLogger,
    });
    consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: 'projection',
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: projectCounter },
      logger: silentLogger,
    });
    await consumer.start();
    await relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await transport?.close();
    await db?.close();
  });

  it('delivers every committed event, woken by NOTIFY, into the projection', async () => {
    const ids = counterIds(5, 'inproc');
    await runWorkload(db.dataSource, writer, contracts, ids, 20);
    await expectEventually(async () => expect(await relay.backlog()).toBe(0), { timeoutMs: 5_000 });
    const expected = ids.map((id) => ({
      id,
      version: 20,
      total: Array.from({ length: 20 }, (_, i) => amountFor(id, i + 1)).reduce((a, b) => a + b, 0),
      applied: 20,
    }));
    await expectEventually(async () => expect(await readProjection(db.dataSource)).toEqual(expected), {
      timeoutMs: 5_000,
    });
  });

  it('listens again after its LISTEN connection is killed', async () => {
    const killed = await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE datname = current_database() AND query LIKE 'LISTEN%' AND application_name = 'in-process-relay'`,
    );
    expect(killed).toEqual([{ killed: true }]);
    await expectEventually(async () => {
      const listening = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
         WHERE datname = current_database() AND query LIKE 'LISTEN%' AND application_name = 'in-process-relay'`,
      );
      expect(listening[0].n).toBe(1);
    });
    await incrementCounter(db.dataSource, writer, contracts, 'after-reconnect');
    await expectEventually(async () => expect(await relay.backlog()).toBe(0), { timeoutMs: 5_000 });
  });
});
