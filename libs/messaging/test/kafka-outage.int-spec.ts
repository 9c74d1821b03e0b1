import { expectEventually, uniqueTopicName } from '@civil/testing';
import {
  InProcessTransport,
  InboxConsumer,
  MessageTransport,
  OutboxRelay,
  OutboxWriter,
  ensureTopics,
  silentLogger,
} from '../src';
import { COUNTER_SOURCE, CounterContracts, counterContracts } from './support/counter-events';
import {
  ProjectedCounter,
  counterIds,
  incrementCounter,
  projectCounter,
  readProjection,
  runWorkload,
} from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';
import { OwnKafkaBroker } from './support/own-kafka-broker';
import { testKafkaTransport, uniqueGroupId } from './support/test-transports';

const COUNTERS = counterIds(25, 'outage');
const WRITES_EACH = 20; // 500 writes

/** One producer-and-consumer pipeline on its own database: writer, relay, transport, inbox and projection. */
class Pipeline {
  private constructor(
    readonly db: MessagingTestDatabase,
    readonly relay: OutboxRelay,
    private readonly consumer: InboxConsumer,
    private readonly transport: MessageTransport,
  ) {}

  static async start(
    name: string,
    contracts: CounterContracts,
    transport: MessageTransport,
  ): Promise<Pipeline> {
    const db = await createMessagingTestDatabase(name);
    const relay = new OutboxRelay({
      dataSource: db.dataSource,
      transport,
      minBackoffMs: 50,
      maxBackoffMs: 1_000,
      pollIntervalMs: 200,
      logger: silentLogger,
    });
    const consumer = new InboxConsumer({
      dataSource: db.dataSource,
      transport,
      groupId: uniqueGroupId('projection'),
      catalog: contracts.catalog,
      topics: [contracts.topic],
      handlers: { CounterIncremented: projectCounter },
      logger: silentLogger,
    });
    await consumer.start();
    await relay.start();
    return new Pipeline(db, relay, consumer, transport);
  }

  async projectedEverything(): Promise<ProjectedCounter[]> {
    const projection = await readProjection(this.db.dataSource);
    expect(projection.filter((row) => COUNTERS.includes(row.id)).map((row) => row.version)).toEqual(
      COUNTERS.map(() => WRITES_EACH),
    );
    return projection;
  }

  async stop(): Promise<void> {
    await this.relay.stop();
    await this.consumer.stop();
    await this.transport.close();
    await this.db.close();
  }
}

describe('a Kafka outage while 500 writes commit', () => {
  const contracts = counterContracts(uniqueTopicName('counters.counter.v1'));
  const writer = new OutboxWriter({ source: COUNTER_SOURCE });
  let broker: OwnKafkaBroker | undefined;
  const pipelines: Pipeline[] = [];

  afterAll(async () => {
    for (const pipeline of pipelines) await pipeline.stop();
    await broker?.destroy();
  });

  it('loses nothing: every write succeeds, every event arrives once the broker is back, same state as without the outage', async () => {
    const startingBroker = OwnKafkaBroker.start();

    // The same workload without an outage, through the same relay and inbox code, for the state to compare with.
    const reference = await Pipeline.start(
      'outage_reference',
      contracts,
      new InProcessTransport({ logger: silentLogger }),
    );
    pipelines.push(reference);
    await incrementCounter(reference.db.dataSource, writer, contracts, 'warm-up');
    await runWorkload(reference.db.dataSource, writer, contracts, COUNTERS, WRITES_EACH);
    const expected = await expectEventually(() => reference.projectedEverything(), { timeoutMs: 20_000 });

    broker = await startingBroker;
    await ensureTopics(broker.brokers, [contracts.topic], { partitions: 3 });
    const outage = await Pipeline.start('outage', contracts, testKafkaTransport(broker.brokers));
    pipelines.push(outage);
    // Proves the pipeline is live (relay publishing, consumer in its group) before the broker goes away.
    await incrementCounter(outage.db.dataSource, writer, contracts, 'warm-up');
    await expectEventually(async () => expect(await readProjection(outage.db.dataSource)).toHaveLength(1), {
      timeoutMs: 30_000,
    });

    await broker.stop();
    await runWorkload(outage.db.dataSource, writer, contracts, COUNTERS, WRITES_EACH);
    const [{ committed }] = await outage.db.dataSource.query(
      `SELECT count(*)::int AS committed FROM counter`,
    );
    expect(committed).toBe(COUNTERS.length + 1);
    expect(await outage.relay.backlog()).toBe(COUNTERS.length * WRITES_EACH);

    await broker.restart();
    const afterOutage = await expectEventually(() => outage.projectedEverything(), {
      timeoutMs: 60_000,
      intervalMs: 250,
    });
    expect(afterOutage).toEqual(expected);
    expect(await outage.relay.backlog()).toBe(0);
  }, 120_000);
});
