import { expectEventually, testKafkaBrokers, uniqueTopicName } from '@civil/testing';
import { DataSource } from 'typeorm';
import {
  EventHandler,
  InboxConsumer,
  KafkaTransport,
  OutboxRelay,
  OutboxWriter,
  ensureTopics,
  silentLogger,
} from '../src';
import { sleep } from '../src/retry/sleep';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import { counterIds, projectCounter, readProjection, runWorkload } from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';
import { tapTopics, testKafkaTransport, uniqueGroupId } from './support/test-transports';
import { HookedTransport } from './support/transport-wrappers';

const AGGREGATES = 20;
const EVENTS_EACH = 50;

describe('two relays at once', () => {
  const contracts = counterContracts(uniqueTopicName('counters.counter.v1'));
  let db: MessagingTestDatabase;
  let transport: KafkaTransport;
  const relays: OutboxRelay[] = [];
  let consumer: InboxConsumer;

  beforeAll(async () => {
    await ensureTopics(testKafkaBrokers(), [contracts.topic], { partitions: 3 });
    db = await createMessagingTestDatabase('two_relays');
    transport = testKafkaTransport();
  });
  afterAll(async () => {
    await Promise.all(relays.map((relay) => relay.stop()));
    await consumer?.stop();
    await transport?.close();
    await db?.close();
  });

  it('keep each aggregate in order, with random publish delays, while writes keep coming', async () => {
    const handledVersions = new Map<string, number[]>();
    const recordOrder: EventHandler = async (event, manager) => {
      handledVersions.set(event.subject, [
        ...(handledVersions.get(event.subject) ?? []),
        event.aggregateversion,
      ]);
      await projectCounter(event, manager);
    };
    consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: uniqueGroupId('projection'),
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: recordOrder },
      logger: silentLogger,
    });
    await consumer.start();
    const wire = await tapTopics(transport, [contracts.topic]);

    const sentBy = [0, 0];
    for (const index of [0, 1]) {
      const dataSource: DataSource = await db.openDataSource(`relay-${index}`);
      const delayed = new HookedTransport(transport, {
        beforePublish: () => sleep(Math.random() * 25),
        afterPublish: async (_topic, messages) => void (sentBy[index] += messages.length),
      });
      relays.push(
        new OutboxRelay({
          dataSource,
          transport: delayed,
          batchSize: 20,
          pollIntervalMs: 50,
          logger: silentLogger,
          name: `relay-${index}`,
        }),
      );
    }
    await Promise.all(relays.map((relay) => relay.start()));

    const ids = counterIds(AGGREGATES, 'ordered');
    await runWorkload(
      db.dataSource,
      new OutboxWriter({ source: COUNTER_SOURCE }),
      contracts,
      ids,
      EVENTS_EACH,
    );

    const inOrder = Array.from({ length: EVENTS_EACH }, (_, i) => i + 1);
    await expectEventually(
      async () => {
        const projection = await readProjection(db.dataSource);
        expect(projection.map((row) => [row.id, row.version, row.applied])).toEqual(
          ids.map((id) => [id, EVENTS_EACH, EVENTS_EACH]),
        );
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    // The handler saw every version, consecutively: a version published out of order would have arrived stale.
    for (const id of ids) expect([id, handledVersions.get(id)]).toEqual([id, inOrder]);
    // And on the wire itself, each key's versions only go up.
    await expectEventually(() => expect(wire.seen).toHaveLength(AGGREGATES * EVENTS_EACH), {
      timeoutMs: 10_000,
    });
    for (const id of ids) {
      const versions = wire.seen.filter((m) => m.key === id).map((m) => JSON.parse(m.value).aggregateversion);
      expect([id, versions]).toEqual([id, inOrder]);
    }
    expect(sentBy[0] + sentBy[1]).toBe(AGGREGATES * EVENTS_EACH);
    expect(Math.min(...sentBy)).toBeGreaterThan(0);
    await wire.stop();
  }, 90_000);
});
