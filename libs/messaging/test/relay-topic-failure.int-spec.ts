import { expectEventually } from '@civil/testing';
import { InProcessTransport, OutboxRelay, OutboxWriter, TransportMessage, silentLogger } from '../src';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import { incrementCounter } from './support/counter-workload';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';
import { HookedTransport } from './support/transport-wrappers';

describe('a relay batch spanning a healthy topic and a broken one', () => {
  const healthy = counterContracts('counters.healthy.v1');
  const broken = counterContracts('counters.broken.v1');
  let db: MessagingTestDatabase;

  beforeAll(async () => {
    db = await createMessagingTestDatabase('relay_topic_failure');
  });
  afterAll(() => db?.close());

  it('sends the healthy topic, keeps the broken one unsent with its error, and sends it once it works', async () => {
    const writer = new OutboxWriter({ source: COUNTER_SOURCE });
    await incrementCounter(db.dataSource, writer, healthy, 'h-1');
    await incrementCounter(db.dataSource, writer, broken, 'b-1');
    await incrementCounter(db.dataSource, writer, healthy, 'h-2');

    const bus = new InProcessTransport({ logger: silentLogger });
    const received: TransportMessage[] = [];
    await bus.subscribe(
      { groupId: 'g', topics: [healthy.topic, broken.topic], fromBeginning: true },
      async (m) => {
        received.push(m);
      },
    );
    let topicBroken = true;
    const transport = new HookedTransport(bus, {
      beforePublish: async (topic) => {
        if (topicBroken && topic === broken.topic) throw new Error(`UNKNOWN_TOPIC_OR_PARTITION ${topic}`);
      },
    });
    const relay = new OutboxRelay({ dataSource: db.dataSource, transport, logger: silentLogger });
    try {
      await expect(relay.relayOnce()).rejects.toThrow(/published 2 of 3 outbox rows/);
      const rows = await db.dataSource.query(
        `SELECT m.topic, NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.id = m.id) AS sent, m.attempts, m.last_error
         FROM outbox_message m ORDER BY m.id`,
      );
      expect(rows).toEqual([
        { topic: healthy.topic, sent: true, attempts: 0, last_error: null },
        {
          topic: broken.topic,
          sent: false,
          attempts: 1,
          last_error: `UNKNOWN_TOPIC_OR_PARTITION ${broken.topic}`,
        },
        { topic: healthy.topic, sent: true, attempts: 0, last_error: null },
      ]);

      topicBroken = false;
      expect(await relay.relayOnce()).toBe(1);
      expect(await relay.backlog()).toBe(0);
      await expectEventually(() => expect(received.map((m) => m.key).sort()).toEqual(['b-1', 'h-1', 'h-2']));
    } finally {
      await bus.close();
    }
  });
});
