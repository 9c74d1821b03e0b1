// The audit trail in people: its own entries written with the change they record, the consolidated trail fed from
// platform.audit.v1 through the inbox, auditTrail(subjectId) and myData, on a real PostgreSQL and Kafka.
import { Identity } from '@civil/auth';
import {
  AuditRecorded,
  AuditRecordedV1,
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
} from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createPeopleApp } from '../src/app';

const REGISTER = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id } }`;
const TRAIL = `query Trail($subjectId: ID!, $first: Int, $after: String) {
  auditTrail(subjectId: $subjectId, first: $first, after: $after) {
    id service actorSubject actorPersonId actingAs action operation recordType recordId subjectPersonId changes cursor
  }
}`;
const MY_DATA = `{ myData { personId generatedAt profile auditTrail auditedActions } }`;

// The service's clock, far from the wall clock: an entry stamped with it shows the recorder asked the clock.
const CLOCK_START = Date.parse('2031-01-01T00:00:00Z');
let ticks = 0;
const clock = { now: () => new Date(CLOCK_START + ticks++) };

const HR = testIdentity({
  subject: 'hr-hmrc',
  roles: ['HR_ADMIN'],
  departmentCode: 'HMRC',
  personId: uuidv7(),
});

function newPerson() {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `AU${suffix}`,
    givenName: 'Rosalind',
    familyName: 'Franklin',
    workEmail: `rosalind.${suffix.toLowerCase()}@hmrc.gov.uk`,
    departmentCode: 'HMRC',
    grade: 'SEO',
    profession: 'Science and Engineering',
    fte: 1,
    startedInPostOn: '2024-02-05',
  };
}

describe('the audit trail in people (real PostgreSQL and Kafka)', () => {
  let people: ServiceUnderTest;
  let dataSource: DataSource;
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    people.call(identity, query, variables);

  const register = async (input = newPerson()): Promise<string> => {
    const response = await call(HR, REGISTER, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.registerPerson.id;
  };
  const employee = (personId: string): Identity =>
    testIdentity({ subject: `employee-${personId}`, roles: ['EMPLOYEE'], departmentCode: 'HMRC', personId });
  const auditLog = (where: string, params: unknown[]) =>
    dataSource.query(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`, params);
  const auditOutbox = (entryId: string) =>
    dataSource.query(
      `SELECT topic, type FROM outbox_message WHERE type = 'AuditRecorded' AND aggregate_id = $1`,
      [entryId],
    );

  beforeAll(async () => {
    people = await ServiceUnderTest.start({
      service: 'people',
      topics: [PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: createPeopleApp,
      clock,
    });
    dataSource = people.app.get(DataSource);
  });

  afterAll(async () => {
    await people?.close();
  });

  it('records registerPerson: who, acting as what, when by the clock, the record and the change, with its event', async () => {
    const input = newPerson();
    const id = await register(input);

    const [entry] = await auditLog(`record_id = $1 AND action = 'MUTATION'`, [id]);
    expect(entry).toMatchObject({
      service: 'people',
      actor_subject: 'hr-hmrc',
      actor_person_id: HR.personId,
      acting_as: 'HR_ADMIN',
      actor_roles: ['HR_ADMIN'],
      operation: 'Mutation.registerPerson',
      record_type: 'Person',
      subject_person_id: id,
      changes: { before: null, after: input },
    });
    expect(entry.occurred_at.getTime()).toBeGreaterThanOrEqual(CLOCK_START);
    expect(await auditOutbox(entry.id)).toEqual([{ topic: PLATFORM_AUDIT_TOPIC, type: 'AuditRecorded' }]);
  });

  it('commits a change only with its audit entry: when the entry cannot be written, the person is not registered', async () => {
    const input = newPerson();
    const registrationEvents = async () =>
      (await dataSource.query(`SELECT 1 FROM outbox_message WHERE type = 'PersonRegistered'`)).length;
    const eventsBefore = await registrationEvents();
    // Stands in for any failure of the audit write; dropped again below so the other tests are unaffected.
    await dataSource.query(`
      CREATE FUNCTION audit_test_refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit write failed'; END $$`);
    await dataSource.query(`
      CREATE TRIGGER audit_test_refuse_insert BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_test_refuse_insert()`);
    let response;
    try {
      response = await call(HR, REGISTER, { input });
    } finally {
      await dataSource.query(`DROP TRIGGER audit_test_refuse_insert ON audit_log`);
      await dataSource.query(`DROP FUNCTION audit_test_refuse_insert()`);
    }

    expect(response.errors![0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(
      await dataSource.query(`SELECT 1 FROM person WHERE staff_number = $1`, [input.staffNumber]),
    ).toEqual([]);
    expect(await registrationEvents()).toBe(eventsBefore);
  });

  it('leaves no entry for a registration that fails', async () => {
    const input = newPerson();
    await register(input);
    const before = await auditLog(`operation = 'Mutation.registerPerson'`, []);

    const duplicate = await call(HR, REGISTER, { input: { ...newPerson(), staffNumber: input.staffNumber } });

    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await auditLog(`operation = 'Mutation.registerPerson'`, [])).toEqual(before);
  });

  it("audits a read of someone else's record, with its event, and not a person reading their own", async () => {
    const id = await register();

    expect((await call(HR, PERSON, { id })).data!.person).toEqual({ id });
    expect((await call(employee(id), PERSON, { id })).data!.person).toEqual({ id });

    const reads = await auditLog(`record_id = $1 AND action = 'READ'`, [id]);
    expect(reads).toEqual([
      expect.objectContaining({
        actor_subject: 'hr-hmrc',
        acting_as: 'HR_ADMIN',
        operation: 'Query.person',
        subject_person_id: id,
        changes: null,
      }),
    ]);
    expect(await auditOutbox(reads[0].id)).toHaveLength(1);
  });

  it('brings every entry about a person into the consolidated trail, newest first, a page at a time', async () => {
    const id = await register();
    await call(HR, PERSON, { id });

    const trail = await expectEventually(async () => {
      const response = await call(HR, TRAIL, { subjectId: id });
      expect(response.errors).toBeUndefined();
      const operations = response.data!.auditTrail.map((entry: { operation: string }) => entry.operation);
      expect(operations).toEqual(expect.arrayContaining(['Query.person', 'Mutation.registerPerson']));
      return response.data!.auditTrail as Record<string, unknown>[];
    });
    const registration = trail.find((entry) => entry.operation === 'Mutation.registerPerson')!;
    expect(registration).toMatchObject({
      service: 'people',
      actorSubject: 'hr-hmrc',
      actorPersonId: HR.personId,
      actingAs: 'HR_ADMIN',
      action: 'MUTATION',
      recordType: 'Person',
      recordId: id,
      subjectPersonId: id,
      changes: { before: null, after: expect.objectContaining({ grade: 'SEO' }) },
    });
    // Newest first: the read came after the registration.
    expect(trail.indexOf(registration)).toBeGreaterThan(
      trail.findIndex((entry) => entry.operation === 'Query.person'),
    );

    // Each look at the trail adds a newer entry to it; paging goes towards older ones, so pages stay stable.
    const page = async (first: number, after?: string) =>
      (await call(HR, TRAIL, { subjectId: id, first, after })).data!.auditTrail.map(
        (entry: { id: string; cursor: string }) => entry,
      );
    const [newest, next] = await page(2);
    expect((await page(1, newest.cursor)).map((entry: { id: string }) => entry.id)).toEqual([next.id]);
    const older = (await page(100, next.cursor)).map((entry: { id: string }) => entry.id);
    expect(older).not.toContain(newest.id);
    expect(older).not.toContain(next.id);
  });

  it("shows a person's trail to their department's HR only", async () => {
    const id = await register();
    const otherHr = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'DWP', personId: uuidv7() });

    const refused = await call(otherHr, TRAIL, { subjectId: id });
    const own = await call(employee(id), TRAIL, { subjectId: id });

    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(own.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('takes an entry in once, however often it is delivered', async () => {
    const subject = uuidv7();
    const event = auditRecorded(subject);
    // The same entry again in an event of its own (a newer version, so the inbox lets it through to the handler).
    const again = { ...event, id: uuidv7(), aggregateversion: 2 };
    const message = (sent: IntegrationEvent<AuditRecordedV1>) => ({
      key: sent.subject,
      value: JSON.stringify(sent),
    });

    // One key, one partition, in order: once the last is taken in, the ones before it were handled.
    await people.transport.publish(PLATFORM_AUDIT_TOPIC, [message(event), message(event), message(again)]);

    await expectEventually(async () => {
      const inbox = await dataSource.query(`SELECT outcome FROM inbox_message WHERE event_id = $1`, [
        again.id,
      ]);
      expect(inbox).toEqual([{ outcome: 'applied' }]);
    });
    expect(
      await dataSource.query(`SELECT outcome FROM inbox_message WHERE event_id = $1`, [event.id]),
    ).toEqual([{ outcome: 'applied' }]);
    const rows = await dataSource.query(
      `SELECT service, operation FROM audit_trail WHERE subject_person_id = $1`,
      [subject],
    );
    expect(rows).toEqual([{ service: 'vacancies', operation: 'Query.somethingAboutSomeone' }]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log and the consolidated trail', async () => {
    const id = await register();
    await expectEventually(async () =>
      expect(await dataSource.query(`SELECT 1 FROM audit_trail WHERE record_id = $1`, [id])).toHaveLength(1),
    );

    for (const table of ['audit_log', 'audit_trail']) {
      await expect(dataSource.query(`UPDATE ${table} SET actor_subject = 'someone else'`)).rejects.toThrow(
        `${table} is append-only: UPDATE refused`,
      );
      await expect(dataSource.query(`DELETE FROM ${table}`)).rejects.toThrow(
        `${table} is append-only: DELETE refused`,
      );
      await expect(dataSource.query(`TRUNCATE ${table}`)).rejects.toThrow(
        `${table} is append-only: TRUNCATE refused`,
      );
    }
    expect(await auditLog(`record_id = $1`, [id])).toEqual([
      expect.objectContaining({ actor_subject: 'hr-hmrc' }),
    ]);
  });

  it('answers myData with the caller’s record, what was done about them and what they did', async () => {
    const input = newPerson();
    const id = await register(input);
    await call(HR, PERSON, { id });

    const mine = await expectEventually(async () => {
      const response = await call(employee(id), MY_DATA);
      expect(response.errors).toBeUndefined();
      expect(response.data!.myData.auditTrail).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ operation: 'Query.person', actorSubject: 'hr-hmrc' }),
        ]),
      );
      return response.data!.myData;
    });
    expect(mine.personId).toBe(id);
    expect(mine.profile).toMatchObject({ id, staffNumber: input.staffNumber, workEmail: input.workEmail });
    expect(Date.parse(mine.generatedAt)).toBeGreaterThanOrEqual(CLOCK_START);

    const hrData = await expectEventually(async () => {
      const { data } = await call(HR, MY_DATA);
      expect(data!.myData.auditedActions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ operation: 'Mutation.registerPerson', recordId: id }),
        ]),
      );
      return data!.myData;
    });
    // HR is a civil servant too, but holds no people record here.
    expect(hrData.profile).toBeNull();
  });

  it('refuses myData to a caller who is not a civil servant', async () => {
    const system = testIdentity({ roles: ['SERVICE'], departmentCode: 'HMRC' });

    expect((await call(system, MY_DATA)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

/** An entry as another service would publish it, about someone people does not know. */
function auditRecorded(subjectPersonId: string): IntegrationEvent<AuditRecordedV1> {
  const entryId = uuidv7();
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: '/services/vacancies',
    type: AuditRecorded.type,
    subject: entryId,
    time: new Date(CLOCK_START).toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: 1,
    traceid: 'audit-redelivery-test',
    data: {
      entryId,
      service: 'vacancies',
      occurredAt: new Date(CLOCK_START).toISOString(),
      actorSubject: 'someone',
      actorRoles: ['HIRING_MANAGER'],
      action: 'READ',
      operation: 'Query.somethingAboutSomeone',
      recordType: 'Person',
      recordId: subjectPersonId,
      subjectPersonId,
    },
  };
}
