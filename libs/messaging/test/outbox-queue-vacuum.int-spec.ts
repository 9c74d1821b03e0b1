import { expectEventually } from '@civil/testing';
import { InProcessTransport, OutboxRelay, silentLogger } from '../src';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';

const ROWS = 12_000; // past the relay's 10,000 rows between vacuums

describe('the relay draining a large backlog', () => {
  let db: MessagingTestDatabase;
  let transport: InProcessTransport;
  let relay: OutboxRelay | undefined;

  beforeAll(async () => {
    db = await createMessagingTestDatabase('outbox_queue_vacuum');
    transport = new InProcessTransport({ logger: silentLogger });
  });
  afterAll(async () => {
    await relay?.stop();
    await transport?.close();
    await db?.close();
  });

  it('vacuums outbox_pending itself, rather than leave claims to crawl through deleted entries', async () => {
    await db.dataSource.query(
      `INSERT INTO outbox_message (event_id, topic, aggregate_id, aggregate_version, type, envelope)
       SELECT gen_random_uuid(), 'counters.vacuum.v1', 'c-' || (n % 100), n / 100 + 1, 'CounterIncremented', '{}'
       FROM generate_series(0, $1 - 1) n`,
      [ROWS],
    );
    const manualVacuums = async (): Promise<number> =>
      (
        await db.dataSource.query(
          `SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'outbox_pending'`,
        )
      )[0].n;
    expect(await manualVacuums()).toBe(0);

    relay = new OutboxRelay({ dataSource: db.dataSource, transport, batchSize: 1000, logger: silentLogger });
    await relay.start();
    await expectEventually(async () => expect(await relay!.backlog()).toBe(0), { timeoutMs: 30_000 });
    await expectEventually(async () => expect(await manualVacuums()).toBeGreaterThan(0));
  });
});
