import { uuidv7 } from '@civil/contracts';
import { TestDatabase, createTestDatabase } from '@civil/testing';
import { DataSource } from 'typeorm';
import {
  InProcessTransport,
  MESSAGING_ENTITIES,
  MESSAGING_MIGRATIONS,
  OutboxRelay,
  silentLogger,
} from '../src';

const TOPIC = 'counters.migrated.v1';
const BEFORE_QUEUE = 2; // CreateMessagingOutbox, CreateMessagingInbox: the schema before outbox_pending

function open(url: string, migrations: typeof MESSAGING_MIGRATIONS): Promise<DataSource> {
  return new DataSource({ type: 'postgres', url, entities: MESSAGING_ENTITIES, migrations }).initialize();
}

/** An outbox as the previous schema left it: a sent row and two unsent ones (one aggregate with two versions). */
async function seedPreviousSchema(dataSource: DataSource): Promise<string[]> {
  const rows: [string, number, boolean][] = [
    ['c-1', 1, true],
    ['c-1', 2, false],
    ['c-2', 1, false],
  ];
  const eventIds: string[] = [];
  for (const [subject, version, sent] of rows) {
    const id = uuidv7();
    eventIds.push(id);
    await dataSource.query(
      `INSERT INTO outbox_message (event_id, topic, aggregate_id, aggregate_version, type, envelope, sent_at)
       VALUES ($1, $2, $3, $4, 'CounterIncremented', $5::jsonb, CASE WHEN $6 THEN now() END)`,
      [id, TOPIC, subject, version, JSON.stringify({ id, subject, aggregateversion: version }), sent],
    );
  }
  return eventIds;
}

describe('migrating an outbox with unsent rows to outbox_pending', () => {
  let database: TestDatabase;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_pending_migration');
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await database?.drop();
  });

  it('queues exactly the unsent rows, which the relay then publishes in order, and reverts cleanly', async () => {
    const previous = await open(database.url, MESSAGING_MIGRATIONS.slice(0, BEFORE_QUEUE));
    await previous.runMigrations();
    const eventIds = await seedPreviousSchema(previous);
    await previous.destroy();

    dataSource = await open(database.url, MESSAGING_MIGRATIONS);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((migration) => migration.name)).toEqual(
      MESSAGING_MIGRATIONS.slice(BEFORE_QUEUE).map((migration) => migration.name),
    );
    const queued = await dataSource.query(
      `SELECT m.event_id FROM outbox_pending p JOIN outbox_message m ON m.id = p.id ORDER BY p.id`,
    );
    expect(queued.map((row: { event_id: string }) => row.event_id)).toEqual(eventIds.slice(1));
    // The envelope survived the change of type unchanged.
    const [first] = await dataSource.query(`SELECT envelope FROM outbox_message ORDER BY id LIMIT 1`);
    expect(first.envelope).toEqual({ id: eventIds[0], subject: 'c-1', aggregateversion: 1 });

    const transport = new InProcessTransport({ logger: silentLogger });
    const published: string[] = [];
    await transport.subscribe({ groupId: 'g', topics: [TOPIC], fromBeginning: true }, async (message) => {
      published.push(JSON.parse(message.value).id);
    });
    const relay = new OutboxRelay({ dataSource, transport, logger: silentLogger });
    expect(await relay.backlog()).toBe(2);
    expect(await relay.relayOnce()).toBe(2);
    expect(published).toEqual(eventIds.slice(1));
    expect(await relay.backlog()).toBe(0);
    await transport.close();

    // Back to the previous schema: what was published since counts as sent, and the relay's old indexes return.
    await dataSource.undoLastMigration({ transaction: 'each' });
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(
      await dataSource.query(`SELECT count(*)::int AS unsent FROM outbox_message WHERE sent_at IS NULL`),
    ).toEqual([{ unsent: 0 }]);
    const indexes = await dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'outbox_message' ORDER BY indexname`,
    );
    expect(indexes.map((row: { indexname: string }) => row.indexname)).toEqual([
      'outbox_message_event_id_key',
      'outbox_message_pkey',
      'outbox_message_unsent_aggregate_idx',
      'outbox_message_unsent_idx',
    ]);
    expect(await dataSource.query(`SELECT to_regclass('outbox_pending') IS NULL AS gone`)).toEqual([
      { gone: true },
    ]);
  });
});
