// createVacancy's audit entry, written with the vacancy, and vacancies' part of myData, on a real PostgreSQL and Kafka.
import { Identity } from '@civil/auth';
import { MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7, VACANCIES_VACANCY_TOPIC } from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createVacanciesApp } from '../src/app';
import { CANCEL, CLOSE, PUBLISH, UPDATE } from './vacancy-lifecycle.fixtures';

const CREATE = `mutation Create($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const MY_VACANCIES = `query Mine($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on MyData { personId vacancies } }
}`;

const input = (title = 'Statistician') => ({
  departmentCode: 'DSIT',
  title,
  description: 'Official statistics for science policy. '.repeat(20),
  grade: 'SEO',
  profession: 'Statistics',
  posts: 1,
  ftePerPost: 1,
});

describe('auditing vacancies (real PostgreSQL and Kafka)', () => {
  let vacancies: ServiceUnderTest;
  let dataSource: DataSource;
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    vacancies.call(identity, query, variables);
  const manager = testIdentity({
    subject: 'hm-dsit',
    roles: ['HIRING_MANAGER'],
    departmentCode: 'DSIT',
    personId: uuidv7(),
  });

  const myVacancies = (identity = manager, personId = manager.personId) =>
    call(identity, MY_VACANCIES, { representations: [{ __typename: 'MyData', personId }] });

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      // Vacancies consumes the moves saga's requests on moves.move.v1 (post reservation).
      topics: [VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC, MOVES_MOVE_TOPIC],
      create: createVacanciesApp,
    });
    dataSource = vacancies.app.get(DataSource);
  });

  afterAll(async () => {
    await vacancies?.close();
  });

  it('records createVacancy with its creator, role and change, long text cut, and its AuditRecorded event', async () => {
    const { id } = (await call(manager, CREATE, { input: input() })).data!.createVacancy;

    const [entry] = await dataSource.query(`SELECT * FROM audit_log WHERE record_id = $1`, [id]);
    expect(entry).toMatchObject({
      service: 'vacancies',
      actor_subject: 'hm-dsit',
      actor_person_id: manager.personId,
      acting_as: 'HIRING_MANAGER',
      action: 'MUTATION',
      operation: 'Mutation.createVacancy',
      record_type: 'Vacancy',
      subject_person_id: null,
      changes: { before: null, after: expect.objectContaining({ title: 'Statistician', posts: 1 }) },
    });
    expect(entry.changes.after.description).toMatch(/… \[\d+ more characters\]$/);
    const events = await dataSource.query(`SELECT topic FROM outbox_message WHERE aggregate_id = $1`, [
      entry.id,
    ]);
    expect(events).toEqual([{ topic: PLATFORM_AUDIT_TOPIC }]);
  });

  it('commits a vacancy only with its audit entry: when the entry cannot be written, no vacancy is created', async () => {
    const title = `Refused ${uuidv7()}`;
    // Stands in for any failure of the audit write; dropped again below so the other tests are unaffected.
    await dataSource.query(`
      CREATE FUNCTION audit_test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit write failed'; END $$`);
    await dataSource.query(`
      CREATE TRIGGER audit_test_refuse_insert BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_test_refuse_insert()`);
    let response;
    try {
      response = await call(manager, CREATE, { input: input(title) });
    } finally {
      await dataSource.query(`DROP TRIGGER audit_test_refuse_insert ON audit_log`);
      await dataSource.query(`DROP FUNCTION audit_test_refuse_insert()`);
    }

    expect(response.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(await dataSource.query(`SELECT 1 FROM vacancy WHERE title = $1`, [title])).toEqual([]);
  });

  it('leaves no entry for a creation that is refused', async () => {
    const count = async () =>
      (await dataSource.query(`SELECT 1 FROM audit_log WHERE operation = 'Mutation.createVacancy'`)).length;
    const before = await count();
    const elsewhere = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'HMRC', personId: uuidv7() });

    const refused = await call(elsewhere, CREATE, { input: input() });

    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await count()).toBe(before);
  });

  it('adds to myData the vacancies the caller created, and refuses them to anyone else', async () => {
    const { id } = (await call(manager, CREATE, { input: input('Data engineer') })).data!.createVacancy;

    const mine = await myVacancies();
    const someoneElse = testIdentity({
      roles: ['HIRING_MANAGER'],
      departmentCode: 'DSIT',
      personId: uuidv7(),
    });
    const theirs = await myVacancies(someoneElse, manager.personId);

    expect(mine.data!._entities[0].personId).toBe(manager.personId);
    expect(mine.data!._entities[0].vacancies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id,
          title: 'Data engineer',
          status: 'DRAFT',
          createdAt: expect.any(String),
        }),
      ]),
    );
    expect(theirs.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await myVacancies(someoneElse, someoneElse.personId)).data!._entities[0].vacancies).toEqual([]);
  });

  it('records every lifecycle mutation with the role acted as, what it changed, the status and version it produced', async () => {
    const closingDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const { id } = (await call(manager, CREATE, { input: input('Actuary') })).data!.createVacancy;
    const steps = [
      [
        UPDATE,
        {
          id,
          v: 1,
          input: {
            moveKinds: ['LEVEL_TRANSFER'],
            locations: ['York'],
            behaviours: ['Leadership'],
            closingDate,
          },
        },
      ],
      [PUBLISH, { id }],
      [CLOSE, { id }],
      [CANCEL, { id, reason: 'Post no longer funded' }],
    ] as const;
    for (const [mutation, variables] of steps)
      expect((await call(manager, mutation, variables)).errors).toBeUndefined();

    const entries = await dataSource.query(
      `SELECT operation, acting_as, changes FROM audit_log WHERE record_id = $1 ORDER BY occurred_at, id`,
      [id],
    );
    expect(entries.map((entry: { operation: string }) => entry.operation)).toEqual([
      'Mutation.createVacancy',
      'Mutation.updateVacancy',
      'Mutation.publishVacancy',
      'Mutation.closeVacancy',
      'Mutation.cancelVacancy',
    ]);
    expect(entries.every((entry: { acting_as: string }) => entry.acting_as === 'HIRING_MANAGER')).toBe(true);
    expect(entries[1].changes.after).toMatchObject({
      locations: ['York'],
      closingDate,
      status: 'DRAFT',
      version: 2,
    });
    expect(entries[2].changes.after).toMatchObject({
      status: 'OPEN',
      version: 3,
      publishedAt: expect.any(String),
    });
    expect(entries[3].changes.after).toMatchObject({ status: 'CLOSED', version: 4 });
    expect(entries[4].changes.after).toEqual({
      cancellationReason: 'Post no longer funded',
      status: 'CANCELLED',
      version: 5,
    });
  });

  it('leaves no entry for a lifecycle mutation that is refused', async () => {
    const { id } = (await call(manager, CREATE, { input: input() })).data!.createVacancy;
    const elsewhere = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'HMRC', personId: uuidv7() });

    expect((await call(elsewhere, CANCEL, { id, reason: 'Not mine' })).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await call(manager, PUBLISH, { id })).errors![0].extensions).toMatchObject({
      reason: 'VACANCY.INCOMPLETE',
    });
    expect(await dataSource.query(`SELECT operation FROM audit_log WHERE record_id = $1`, [id])).toEqual([
      { operation: 'Mutation.createVacancy' },
    ]);
  });

  it('refuses UPDATE and DELETE on its audit log', async () => {
    await call(manager, CREATE, { input: input() });

    await expect(dataSource.query(`UPDATE audit_log SET operation = 'Query.nothing'`)).rejects.toThrow(
      'audit_log is append-only: UPDATE refused',
    );
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(
      'audit_log is append-only: DELETE refused',
    );
  });
});
