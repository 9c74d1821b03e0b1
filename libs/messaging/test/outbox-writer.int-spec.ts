import { EventSchemaError } from '@civil/contracts';
import { expectEventually } from '@civil/testing';
import { Client } from 'pg';
import { OutboxOutsideTransactionError, OutboxWriter } from '../src';
import { COUNTER_SOURCE, counterContracts } from './support/counter-events';
import { MessagingTestDatabase, createMessagingTestDatabase } from './support/messaging-test-database';

const contracts = counterContracts('counters.counter.v1');
const fixedTime = new Date('2026-11-24T09:30:00.000Z');

describe('OutboxWriter', () => {
  let db: MessagingTestDatabase;
  const writer = new OutboxWriter({ source: COUNTER_SOURCE, clock: { now: () => fixedTime } });
  const unsentCount = async () =>
    (await db.dataSource.query(`SELECT count(*)::int AS n FROM outbox_message`))[0].n;

  beforeAll(async () => {
    db = await createMessagingTestDatabase('outbox_writer');
  });
  afterAll(() => db?.close());
  beforeEach(() => db.dataSource.query(`TRUNCATE outbox_message, outbox_pending`));

  it("writes the event, as a CloudEvents envelope, in the caller's transaction", async () => {
    const event = await db.dataSource.transaction((manager) =>
      writer.append(manager, contracts.incremented, {
        subject: 'counter-1',
        aggregateVersion: 3,
        data: { counterId: 'counter-1', amount: 5 },
        traceId: 'trace-abc',
      }),
    );
    expect(event).toMatchObject({
      specversion: '1.0',
      source: COUNTER_SOURCE,
      type: 'CounterIncremented',
      subject: 'counter-1',
      time: fixedTime.toISOString(),
      aggregateversion: 3,
      traceid: 'trace-abc',
    });
    expect(parseInt(event.id.replace(/-/g, '').slice(0, 12), 16)).toBe(fixedTime.getTime());
    const [row] = await db.dataSource.query(`SELECT * FROM outbox_message`);
    expect(row).toMatchObject({
      event_id: event.id,
      topic: contracts.topic,
      aggregate_id: 'counter-1',
      aggregate_version: 3,
      type: 'CounterIncremented',
      envelope: event,
      attempts: 0,
    });
    // Queued for the relay by the insert trigger, in the same transaction.
    expect(await db.dataSource.query(`SELECT id, aggregate_id FROM outbox_pending`)).toEqual([
      { id: row.id, aggregate_id: 'counter-1' },
    ]);
  });

  it('refuses to write outside a transaction, and writes nothing', async () => {
    const append = writer.append(db.dataSource.manager, contracts.incremented, {
      subject: 'counter-1',
      aggregateVersion: 1,
      data: { counterId: 'counter-1', amount: 5 },
    });
    await expect(append).rejects.toThrow(OutboxOutsideTransactionError);
    await expect(append).rejects.toMatchObject({ code: 'OUTBOX.OUTSIDE_TRANSACTION' });
    expect(await unsentCount()).toBe(0);
  });

  it('refuses a payload that breaks the contract, naming the field, and writes nothing', async () => {
    const append = db.dataSource.transaction((manager) =>
      writer.append(manager, contracts.incremented, {
        subject: 'counter-1',
        aggregateVersion: 1,
        data: { counterId: 'counter-1', amount: 5000 },
      }),
    );
    await expect(append).rejects.toThrow(EventSchemaError);
    await expect(append).rejects.toThrow(/data\.amount/);
    expect(await unsentCount()).toBe(0);
  });

  it('rolls back with the change it reports', async () => {
    const failing = db.dataSource.transaction(async (manager) => {
      await writer.append(manager, contracts.incremented, {
        subject: 'counter-1',
        aggregateVersion: 1,
        data: { counterId: 'counter-1', amount: 5 },
      });
      throw new Error('the command failed after appending');
    });
    await expect(failing).rejects.toThrow('the command failed');
    expect(await unsentCount()).toBe(0);
  });

  it('notifies listeners when the transaction commits, not before', async () => {
    const listener = new Client({ connectionString: db.database.url });
    await listener.connect();
    const notifications: string[] = [];
    listener.on('notification', (message) => notifications.push(message.channel));
    await listener.query('LISTEN outbox_message');
    try {
      await db.dataSource.transaction(async (manager) => {
        await writer.append(manager, contracts.incremented, {
          subject: 'counter-1',
          aggregateVersion: 1,
          data: { counterId: 'counter-1', amount: 5 },
        });
        await manager.query(`SELECT pg_sleep(0.2)`);
        expect(notifications).toEqual([]);
      });
      await expectEventually(() => expect(notifications).toEqual(['outbox_message']));
    } finally {
      await listener.end();
    }
  });

  it('queues every row of a many-row INSERT for the relay, whoever writes it', async () => {
    await db.dataSource.query(
      `INSERT INTO outbox_message (event_id, topic, aggregate_id, aggregate_version, type, envelope)
       SELECT gen_random_uuid(), 'counters.counter.v1', 'c-' || n, 1, 'CounterIncremented', '{}'
       FROM generate_series(1, 3) n`,
    );
    const queued = await db.dataSource.query(
      `SELECT m.aggregate_id FROM outbox_message m JOIN outbox_pending p ON p.id = m.id ORDER BY m.id`,
    );
    expect(queued).toEqual([{ aggregate_id: 'c-1' }, { aggregate_id: 'c-2' }, { aggregate_id: 'c-3' }]);
  });

  it('gives every event its own id', async () => {
    const ids = await db.dataSource.transaction(async (manager) => {
      const appended: string[] = [];
      for (const version of [1, 2, 3]) {
        const event = await writer.append(manager, contracts.incremented, {
          subject: 'c',
          aggregateVersion: version,
          data: { counterId: 'c', amount: 1 },
        });
        appended.push(event.id);
      }
      return appended;
    });
    expect(new Set(ids).size).toBe(3);
  });
});
