import { expectEventually, testKafkaBrokers, uniqueTopicName } from '@civil/testing';
import { InboxConsumer, KafkaTransport, OutboxRelay, OutboxWriter, ensureTopics, silentLogger } from '../src';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import { counterIds, projectCounter, readProjection, runWorkload } from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';
import { tapTopics, testKafkaTransport, uniqueGroupId } from './support/test-transports';
import { HookedTransport } from './support/transport-wrappers';

const RELAY_APPLICATION = 'crashing-relay';
const CRASHES = 3;

describe('a relay that dies between publishing and marking sent', () => {
  const contracts = counterContracts(uniqueTopicName('counters.counter.v1'));
  let db: MessagingTestDatabase;
  let transport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: InboxConsumer;

  beforeAll(async () => {
    await ensureTopics(testKafkaBrokers(), [contracts.topic], { partitions: 3 });
    db = await createMessagingTestDatabase('relay_crash');
    transport = testKafkaTransport();
  });
  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await transport?.close();
    await db?.close();
  });

  it('puts duplicates on the wire but has no duplicate effect at the inbox', async () => {
    const ids = counterIds(5, 'crash');
    await runWorkload(db.dataSource, new OutboxWriter({ source: COUNTER_SOURCE }), contracts, ids, 20);

    // The relay's session dies after the publish and before COMMIT, exactly as if its process had been killed:
    // PostgreSQL rolls the claim back and releases its locks, and the rows are still unsent.
    const killed: number[] = [];
    const dying = new HookedTransport(transport, {
      afterPublish: async () => {
        if (killed.length >= CRASHES) return;
        const [row] = await db.dataSource.query(
          `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = $1 AND state = 'idle in transaction'`,
          [RELAY_APPLICATION],
        );
        killed.push(row.n);
      },
    });
    relay = new OutboxRelay({
      dataSource: await db.openDataSource(RELAY_APPLICATION),
      transport: dying,
      batchSize: 10,
      // One cycle at a time, so each kill hits exactly one claim.
      concurrency: 1,
      minBackoffMs: 10,
      maxBackoffMs: 50,
      logger: silentLogger,
    });
    consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: uniqueGroupId('projection'),
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: projectCounter },
      logger: silentLogger,
    });
    const wire = await tapTopics(transport, [contracts.topic]);
    await consumer.start();
    await relay.start();

    await expectEventually(async () => expect(await relay.backlog()).toBe(0), { timeoutMs: 30_000 });
    expect(killed).toEqual([1, 1, 1]);
    await expectEventually(
      async () =>
        expect(
          (await readProjection(db.dataSource)).map((row) => [row.id, row.version, row.applied]),
        ).toEqual(ids.map((id) => [id, 20, 20])),
      { timeoutMs: 30_000 },
    );
    await expectEventually(() => expect(wire.seen).toHaveLength(100 + CRASHES * 10), { timeoutMs: 10_000 });
    const eventIds = wire.seen.map((message) => JSON.parse(message.value).id);
    expect(new Set(eventIds).size).toBe(100);
    const [inbox] = await db.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE outcome = 'applied')::int AS applied FROM inbox_message`,
    );
    expect(inbox).toEqual({ n: 100, applied: 100 });
    // The same oldest batch was claimed again after each death: three failed attempts, then the one that stuck.
    const [attempts] = await db.dataSource.query(
      `SELECT min(attempts)::int AS min, max(attempts)::int AS max FROM outbox_message`,
    );
    expect(attempts).toEqual({ min: 0, max: CRASHES });
    await wire.stop();
  }, 60_000);
});
