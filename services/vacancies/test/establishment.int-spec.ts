// Establishment (funded posts): history by effective date, EstablishmentChanged through the outbox and Kafka, and
// refusals that write nothing, on a real PostgreSQL and Kafka.
import {
  EstablishmentChangedV1,
  IntegrationEvent,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_ESTABLISHMENT_TOPIC,
} from '@civil/contracts';
import { OutboxWriter, Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createVacanciesApp } from '../src/app';
import { seedEstablishment } from '../src/department/infrastructure/seed-establishment';

const SET = `mutation($input: SetEstablishmentInput!) {
  setEstablishment(input: $input) { departmentCode profession grade fte effectiveFrom }
}`;
const ESTABLISHMENT = `query($code: String!, $asOf: String, $profession: String, $grade: String) {
  department(code: $code) {
    establishment(asOf: $asOf, profession: $profession, grade: $grade) {
      asOf totalFte lines { profession grade fte effectiveFrom }
    }
  }
}`;

const planner = testIdentity({
  subject: 'planner-dwp',
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'DWP',
  personId: uuidv7(),
});
const employee = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'HMRC', personId: uuidv7() });

describe('establishment (real PostgreSQL and Kafka)', () => {
  let vacancies: ServiceUnderTest;
  let dataSource: DataSource;
  let subscription: Subscription;
  const published: IntegrationEvent<EstablishmentChangedV1>[] = [];
  // Each test sets lines of its own profession, so no test sees another's history.
  const profession = () => `Test profession ${uuidv7().slice(-8)}`;
  const set = (input: Record<string, unknown>, identity = planner, headers: Record<string, string> = {}) =>
    vacancies.call(identity, SET, { input }, headers);
  const read = (variables: Record<string, unknown>) =>
    vacancies.call(employee, ESTABLISHMENT, { code: 'DWP', ...variables });
  const rowsOf = async (departmentCode: string) =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS count FROM establishment_entry WHERE department_code = $1`,
        [departmentCode],
      )
    )[0].count as number;
  const establishmentEventsInOutbox = async () =>
    (
      await dataSource.query(`SELECT count(*)::int AS count FROM outbox_message WHERE topic = $1`, [
        VACANCIES_ESTABLISHMENT_TOPIC,
      ])
    )[0].count as number;

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [VACANCIES_ESTABLISHMENT_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: createVacanciesApp,
    });
    dataSource = vacancies.app.get(DataSource);
    subscription = await vacancies.transport.subscribe(
      {
        groupId: `establishment-test-${uuidv7()}`,
        topics: [VACANCIES_ESTABLISHMENT_TOPIC],
        fromBeginning: true,
      },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await vacancies?.close();
  });

  it('keeps the history: each date reads the value in force then, and nothing before the first', async () => {
    const line = { departmentCode: 'DWP', profession: profession(), grade: 'HEO' };
    expect((await set({ ...line, fte: 10, effectiveFrom: '2026-01-01' })).errors).toBeUndefined();
    expect((await set({ ...line, fte: 12, effectiveFrom: '2026-07-01' })).data!.setEstablishment).toEqual({
      ...line,
      fte: 12,
      effectiveFrom: '2026-07-01',
    });
    const at = async (asOf: string) =>
      (await read({ asOf, profession: line.profession })).data!.department.establishment;

    expect(await at('2026-03-01')).toEqual({
      asOf: '2026-03-01',
      totalFte: 10,
      lines: [{ profession: line.profession, grade: 'HEO', fte: 10, effectiveFrom: '2026-01-01' }],
    });
    expect(await at('2026-08-01')).toMatchObject({
      totalFte: 12,
      lines: [{ fte: 12, effectiveFrom: '2026-07-01' }],
    });
    expect(await at('2025-12-31')).toEqual({ asOf: '2025-12-31', totalFte: 0, lines: [] });
  });

  it('refuses to read at a date that does not exist with BAD_USER_INPUT', async () => {
    const response = await read({ asOf: '2026-02-30' });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('publishes EstablishmentChanged through the outbox, keyed by line, versioned per line, with the trace id', async () => {
    const line = { departmentCode: 'DWP', profession: profession(), grade: 'G7' };
    await set({ ...line, fte: 3, effectiveFrom: '2026-01-01' });
    await set({ ...line, fte: 4.5, effectiveFrom: '2026-04-01' }, planner, {
      'x-request-id': 'establishment-req-1',
    });

    const events = await expectEventually(() => {
      const found = published.filter((event) => event.data.profession === line.profession);
      expect(found).toHaveLength(2);
      return found;
    });
    expect(events.map((event) => [event.subject, event.aggregateversion, event.data.fte])).toEqual([
      [`DWP/${line.profession}/G7`, 1, 3],
      [`DWP/${line.profession}/G7`, 2, 4.5],
    ]);
    expect(events[1]).toMatchObject({
      type: 'EstablishmentChanged',
      source: '/services/vacancies',
      traceid: 'establishment-req-1',
      data: { ...line, fte: 4.5, effectiveFrom: '2026-04-01' },
    });
  });

  it('replaces a date set twice, keeping both rows and auditing the change from the old value', async () => {
    const line = { departmentCode: 'DWP', profession: profession(), grade: 'SEO' };
    await set({ ...line, fte: 7, effectiveFrom: '2026-02-01' });
    await set({ ...line, fte: 8.25, effectiveFrom: '2026-02-01' });

    const establishment = (await read({ asOf: '2026-02-01', profession: line.profession })).data!.department
      .establishment;
    expect(establishment.lines).toEqual([
      { profession: line.profession, grade: 'SEO', fte: 8.25, effectiveFrom: '2026-02-01' },
    ]);
    const history = await dataSource.query(
      `SELECT fte::float AS fte, version, set_by_subject, set_by_person_id FROM establishment_entry
       WHERE profession = $1 ORDER BY version`,
      [line.profession],
    );
    expect(history).toEqual([
      { fte: 7, version: 1, set_by_subject: 'planner-dwp', set_by_person_id: planner.personId },
      { fte: 8.25, version: 2, set_by_subject: 'planner-dwp', set_by_person_id: planner.personId },
    ]);
    const audit = await dataSource.query(
      `SELECT acting_as, changes FROM audit_log WHERE record_type = 'Establishment' AND record_id = $1
       ORDER BY occurred_at, id`,
      [`DWP/${line.profession}/SEO`],
    );
    expect(audit.map((entry: { changes: unknown }) => entry.changes)).toEqual([
      { before: null, after: { fte: 7, effectiveFrom: '2026-02-01' } },
      { before: { fte: 7, effectiveFrom: '2026-02-01' }, after: { fte: 8.25, effectiveFrom: '2026-02-01' } },
    ]);
    expect(audit[0].acting_as).toBe('WORKFORCE_PLANNER');
  });

  it('ends a line with 0: it is left out from that date, and still read before it', async () => {
    const line = { departmentCode: 'DWP', profession: profession(), grade: 'EO' };
    await set({ ...line, fte: 20, effectiveFrom: '2026-01-01' });
    await set({ ...line, fte: 0, effectiveFrom: '2026-09-01' });

    expect(
      (await read({ asOf: '2026-08-31', profession: line.profession })).data!.department.establishment,
    ).toMatchObject({ totalFte: 20 });
    expect(
      (await read({ asOf: '2026-09-01', profession: line.profession })).data!.department.establishment,
    ).toMatchObject({ totalFte: 0, lines: [] });
  });

  it('numbers concurrent changes to one line one after the other, without a gap or a collision', async () => {
    const line = { departmentCode: 'DWP', profession: profession(), grade: 'AO' };
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => set({ ...line, fte: index + 1, effectiveFrom: '2026-05-01' })),
    );

    expect(responses.filter((response) => response.errors)).toEqual([]);
    const versions = await dataSource.query(
      `SELECT version FROM establishment_entry WHERE profession = $1 ORDER BY version`,
      [line.profession],
    );
    expect(versions.map((row: { version: number }) => row.version)).toEqual(
      Array.from({ length: 12 }, (_, index) => index + 1),
    );
  });

  it.each([
    ['an unknown grade', { grade: 'G8' }, 'BAD_USER_INPUT'],
    ['a negative FTE', { fte: -1 }, 'BAD_USER_INPUT'],
    ['an FTE finer than hundredths', { fte: 1.005 }, 'BAD_USER_INPUT'],
    ['an impossible date', { effectiveFrom: '2026-02-30' }, 'BAD_USER_INPUT'],
    ['an unknown department', { departmentCode: 'NOPE' }, 'NOT_FOUND'],
  ])('refuses %s (%j) with %s, writing no row, event or audit entry', async (_name, change, code) => {
    const rowsBefore = await dataSource.query(`SELECT count(*)::int AS count FROM establishment_entry`);
    const eventsBefore = await establishmentEventsInOutbox();
    const auditBefore = await dataSource.query(`SELECT count(*)::int AS count FROM audit_log`);
    const identity = testIdentity({ roles: ['HR_ADMIN'], crossGovernment: true, departmentCode: 'CO' });

    const response = await set(
      {
        departmentCode: 'DWP',
        profession: 'Policy',
        grade: 'HEO',
        fte: 5,
        effectiveFrom: '2026-01-01',
        ...change,
      },
      identity,
    );

    expect(response.errors![0].extensions!.code).toBe(code);
    expect(await dataSource.query(`SELECT count(*)::int AS count FROM establishment_entry`)).toEqual(
      rowsBefore,
    );
    expect(await establishmentEventsInOutbox()).toBe(eventsBefore);
    expect(await dataSource.query(`SELECT count(*)::int AS count FROM audit_log`)).toEqual(auditBefore);
  });

  it("refuses another department's planner with FORBIDDEN", async () => {
    const before = await rowsOf('HMRC');
    const response = await set({
      departmentCode: 'HMRC',
      profession: 'Tax',
      grade: 'EO',
      fte: 1,
      effectiveFrom: '2026-01-01',
    });
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await rowsOf('HMRC')).toBe(before);
  });

  it('seeds lines in bulk, numbered after what a line holds, with their events in the outbox', async () => {
    const line = { departmentCode: 'HMRC', profession: profession(), grade: 'AO' };
    const eventsBefore = await establishmentEventsInOutbox();
    await seedEstablishment(
      dataSource,
      [
        { ...line, fte: 100, effectiveFrom: '2026-01-01' },
        { ...line, fte: 110, effectiveFrom: '2026-06-01' },
        { ...line, grade: 'EO', fte: 40.5, effectiveFrom: '2026-01-01' },
      ],
      { outbox: vacancies.app.get(OutboxWriter), batchSize: 2 },
    );

    const hmrc = await vacancies.call(employee, ESTABLISHMENT, {
      code: 'HMRC',
      asOf: '2026-07-01',
      profession: line.profession,
    });
    expect(hmrc.data!.department.establishment).toMatchObject({
      totalFte: 150.5,
      lines: [
        { grade: 'AO', fte: 110, effectiveFrom: '2026-06-01' },
        { grade: 'EO', fte: 40.5, effectiveFrom: '2026-01-01' },
      ],
    });
    const versions = await dataSource.query(
      `SELECT grade, version FROM establishment_entry WHERE profession = $1 ORDER BY grade, version`,
      [line.profession],
    );
    expect(versions).toEqual([
      { grade: 'AO', version: 1 },
      { grade: 'AO', version: 2 },
      { grade: 'EO', version: 1 },
    ]);
    expect(await establishmentEventsInOutbox()).toBe(eventsBefore + 3);
  });
});
