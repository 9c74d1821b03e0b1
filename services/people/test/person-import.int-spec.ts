import { Readable } from 'node:stream';
import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  deadLetterTopicOf,
  uuidv7,
} from '@civil/contracts';
import { KafkaTransport, Subscription } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import {
  createTestDatabase,
  createTestTopics,
  expectEventually,
  FAST_TEST_CONSUMER,
  TestDatabase,
  testKafkaBrokers,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createPeopleApp } from '../src/app';
import { RejectedRow } from '../src/person-import/import-row';
import { openPersonImport, PersonImportSession } from '../src/person-import/person-import.factory';
import { ImportOptions } from '../src/person-import/person-importer';
import { IMPORT_COLUMNS, ImportColumn } from '../src/person-import/import-columns';

type PersonCells = Record<ImportColumn, string>;
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvHeader = () => `${IMPORT_COLUMNS.join(',')}\n`;
const csvLine = (cells: PersonCells) => `${IMPORT_COLUMNS.map((column) => cell(cells[column])).join(',')}\n`;

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

// Staff numbers unique to this run: the Kafka topic is shared with other test files.
const run = randomBytes(3).toString('hex').toUpperCase();
const staff = (n: number) => `IM${run}${String(n).padStart(4, '0')}`;

function person(n: number, overrides: Partial<PersonCells> = {}): PersonCells {
  const blank = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, ''])) as PersonCells;
  return {
    ...blank,
    staff_number: staff(n),
    given_name: 'Ada',
    family_name: `Lovelace ${n}`,
    work_email: `ada.${run.toLowerCase()}.${n}@hmrc.gov.uk`,
    department_code: 'HMRC',
    grade: 'SEO',
    profession: 'Digital, Data and Technology',
    fte: '1.0',
    started_in_post_on: '2025-04-01',
    location: 'Leeds',
    employment_type: 'PERMANENT',
    security_clearance: 'SC',
    skills: 'DDAT.DATA_SCIENCE.DATA_MODELLING:PRACTITIONER::Built the tax gap model, with "care"',
    open_to_move: 'false',
    share_profile_across_departments: 'false',
    ...overrides,
  };
}

const feed = (...rows: (PersonCells | string)[]) =>
  csvHeader() + rows.map((row) => (typeof row === 'string' ? row : csvLine(row))).join('');

describe('bulk HR import (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let transport: KafkaTransport;
  let app: INestApplication;
  let session: PersonImportSession;
  let subscription: Subscription;
  const published: IntegrationEvent[] = [];

  async function importCsv(csv: string, options: ImportOptions = {}) {
    const rejected: RejectedRow[] = [];
    const summary = await session.importer.importStream(Readable.from([csv]), 'feed.csv', {
      ...options,
      onRejected: (row) => rejected.push(row),
    });
    return { summary, rejected };
  }
  const query = <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    session.dataSource.query(sql, parameters) as Promise<T[]>;
  const outboxCount = async () =>
    (await query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_message`))[0].n;

  beforeAll(async () => {
    const keys = await TestGatewayKeys.create();
    const topics = [PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC];
    await createTestTopics([...topics, ...topics.map(deadLetterTopicOf)]);
    database = await createTestDatabase('people_import');
    transport = new KafkaTransport({
      brokers: testKafkaBrokers(),
      clientId: 'people-import-test',
      logger,
      consumer: FAST_TEST_CONSUMER,
    });
    // The service migrates its database and runs the relay that takes the import's events to Kafka.
    app = await createPeopleApp({
      gatewayKeys: keys.gatewayKeys,
      databaseUrl: database.url,
      transport,
      logger,
      consumerGroupId: `people-import-test-${uuidv7()}`,
    });
    await app.init();
    session = await openPersonImport(database.url);
    subscription = await transport.subscribe(
      { groupId: `people-import-test-${uuidv7()}`, topics: [PEOPLE_PERSON_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await session?.close();
    await app?.close();
    await transport?.close();
    await database?.drop();
  });

  it('imports the good rows, reports each bad one with its line and reason, and publishes through the outbox', async () => {
    const csv = feed(
      person(1),
      person(2, { fte: '1.5' }),
      person(3, { profession: 'Wizardry' }),
      person(4, { skills: 'DDAT.DATA_SCIENCE.DATA_MODELLING:PRACTITIONER::Line one\nline two' }),
      person(5, {
        open_to_move: 'true',
        move_kinds_wanted: 'LOAN;PROMOTION',
        share_profile_across_departments: 'true',
      }),
      `${staff(6)},Bad,Row\n`,
    );
    const { summary, rejected } = await importCsv(csv);

    expect(rejected.map(({ line, code, column }) => ({ line, code, column }))).toEqual([
      // Line 5 starts the quoted two-line cell of staff 4, so staff 5 is on line 7 and the short row on line 8.
      { line: 8, code: 'IMPORT.COLUMN_COUNT', column: '' },
      { line: 3, code: 'PERSON.FTE_OUT_OF_RANGE', column: 'fte' },
      { line: 4, code: 'PERSON.UNKNOWN_PROFESSION', column: 'profession' },
      { line: 5, code: 'PERSON.EVIDENCE_REQUIRED', column: 'skills[0].evidence' },
    ]);
    expect(rejected[1].reason).toMatch(/fte must be between 0.1 and 1.0/);
    expect(summary).toMatchObject({ rows: 6, registered: 2, changed: 0, unchanged: 0, rejected: 4 });

    const stored = await query(
      `SELECT staff_number, version, open_to_move, move_kinds_wanted FROM person WHERE staff_number = ANY($1) ORDER BY staff_number`,
      [[staff(1), staff(5)]],
    );
    expect(stored).toEqual([
      { staff_number: staff(1), version: 2, open_to_move: false, move_kinds_wanted: [] },
      { staff_number: staff(5), version: 3, open_to_move: true, move_kinds_wanted: ['LOAN', 'PROMOTION'] },
    ]);
    const evidence = await query<{ evidence: string }>(
      `SELECT s.evidence FROM person_skill s JOIN person p ON p.id = s.person_id WHERE p.staff_number = $1`,
      [staff(1)],
    );
    expect(evidence).toEqual([{ evidence: 'Built the tax gap model, with "care"' }]);

    const id = (await query<{ id: string }>(`SELECT id FROM person WHERE staff_number = $1`, [staff(5)]))[0]
      .id;
    const events = await expectEventually(() => {
      const mine = published.filter((event) => event.subject === id);
      expect(mine).toHaveLength(3);
      return mine;
    });
    expect(events.map((event) => [event.type, event.aggregateversion])).toEqual([
      ['PersonRegistered', 1],
      ['PersonSkillsChanged', 2],
      ['PersonPreferencesChanged', 3],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Ada|Lovelace|hmrc\.gov\.uk|tax gap/);
  });

  it('imports the same file again without changing or publishing anything', async () => {
    const csv = feed(
      person(1),
      person(5, {
        open_to_move: 'true',
        move_kinds_wanted: 'PROMOTION;LOAN',
        share_profile_across_departments: 'true',
      }),
    );
    const before = await outboxCount();
    const versions = await query(
      `SELECT staff_number, version, updated_at FROM person ORDER BY staff_number`,
    );

    const { summary, rejected } = await importCsv(csv);

    expect(rejected).toEqual([]);
    expect(summary).toMatchObject({ registered: 0, changed: 0, unchanged: 2, events: 0 });
    expect(await outboxCount()).toBe(before);
    expect(await query(`SELECT staff_number, version, updated_at FROM person ORDER BY staff_number`)).toEqual(
      versions,
    );
  });

  it('changes only what the feed changed, bumping the version once per event', async () => {
    const before = await outboxCount();
    const { summary } = await importCsv(
      feed(
        person(1, { grade: 'G7', location: 'York' }),
        person(5, {
          open_to_move: 'true',
          move_kinds_wanted: 'LOAN;PROMOTION',
          share_profile_across_departments: 'true',
        }),
      ),
    );

    expect(summary).toMatchObject({ registered: 0, changed: 1, unchanged: 1, events: 1 });
    const [row] = await query(`SELECT grade, location, version FROM person WHERE staff_number = $1`, [
      staff(1),
    ]);
    expect(row).toEqual({ grade: 'G7', location: 'York', version: 3 });
    const [event] = await query<{ type: string; aggregate_version: number }>(
      `SELECT type, aggregate_version FROM outbox_message ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toEqual({ type: 'PersonDetailsChanged', aggregate_version: 3 });
    expect(await outboxCount()).toBe(before + 1);
  });

  it('imports a staff number or work email given twice in a file from its first row, rejecting the later ones', async () => {
    const { summary, rejected } = await importCsv(
      feed(
        person(10),
        person(11),
        person(10, { grade: 'G6' }),
        person(12, { work_email: person(11).work_email }),
      ),
    );
    expect(summary).toMatchObject({ registered: 2, rejected: 2 });
    expect(rejected.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: 4, code: 'IMPORT.DUPLICATE_STAFF_NUMBER' },
      { line: 5, code: 'IMPORT.DUPLICATE_WORK_EMAIL' },
    ]);
    expect(rejected[0].reason).toBe(`staff number ${staff(10)} is already on feed.csv:2`);
    const [row] = await query(`SELECT grade FROM person WHERE staff_number = $1`, [staff(10)]);
    expect(row).toEqual({ grade: 'SEO' });
  });

  it('commits each batch with its events: after every batch the outbox holds exactly the events of the rows so far', async () => {
    const before = await outboxCount();
    const afterEachBatch: { rows: number; events: number }[] = [];
    const people = Array.from({ length: 7 }, (_, index) => person(100 + index));
    // One batch in flight, so each report sees the outbox right after its own batch committed (with two, a later
    // batch may commit before an earlier one reports, and the snapshots interleave).
    await importCsv(feed(...people), {
      batchSize: 3,
      concurrency: 1,
      onProgress: async ({ rows }) =>
        void afterEachBatch.push({ rows, events: (await outboxCount()) - before }),
    });
    // Each person: PersonRegistered and PersonSkillsChanged.
    expect(afterEachBatch).toEqual([
      { rows: 3, events: 6 },
      { rows: 6, events: 12 },
      { rows: 7, events: 14 },
    ]);
  });
});
