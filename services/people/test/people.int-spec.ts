import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PersonRegisteredV1,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { schemaAfterTwoStarts, ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createPeopleApp } from '../src/app';

const REGISTER = `mutation Register($input: RegisterPersonInput!) {
  registerPerson(input: $input) { id staffNumber workEmail grade fte status version }
}`;
const PERSON = `query Person($id: ID!) { person(id: $id) { id staffNumber givenName familyName location startedInPostOn } }`;

function newPerson(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `HM${suffix}`,
    givenName: 'Ada',
    familyName: 'Lovelace',
    workEmail: `ada.${suffix.toLowerCase()}@hmrc.gov.uk`,
    departmentCode: 'HMRC',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    location: 'Leeds',
    fte: 0.8,
    startedInPostOn: '2025-04-01',
    ...overrides,
  };
}

// HR of the department these tests register people in: the least that may register and read them back. What others
// may do is infra/graphql/authorization.int-spec.ts's business.
const HMRC_HR = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' });
let people: ServiceUnderTest;
const call = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  people.call(HMRC_HR, query, variables, headers);

describe('people service (real PostgreSQL and Kafka)', () => {
  let subscription: Subscription;
  const published: IntegrationEvent<PersonRegisteredV1>[] = [];

  beforeAll(async () => {
    // People publishes its people events and audit entries, and takes in every service's audit entries.
    people = await ServiceUnderTest.start({
      service: 'people',
      topics: [PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: createPeopleApp,
    });
    // The topic is shared with other test files: a group of our own, read from the start, filtered by our ids.
    subscription = await people.transport.subscribe(
      { groupId: `people-test-${uuidv7()}`, topics: [PEOPLE_PERSON_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await people?.close();
  });

  it('registers a person and publishes PersonRegistered, carrying the request id and no personal data', async () => {
    const requestId = `req-${randomBytes(6).toString('hex')}`;
    const input = newPerson();
    const response = await call(REGISTER, { input }, { 'x-request-id': requestId });

    expect(response.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const person = response.data!.registerPerson;
    expect(person).toMatchObject({
      staffNumber: input.staffNumber,
      grade: 'G7',
      fte: 0.8,
      status: 'ACTIVE',
      version: 1,
    });

    const event = await expectEventually(() => {
      const found = published.find((candidate) => candidate.subject === person.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      type: 'PersonRegistered',
      source: '/services/people',
      aggregateversion: 1,
      traceid: requestId,
    });
    expect(event.data).toEqual({
      personId: person.id,
      departmentCode: 'HMRC',
      grade: 'G7',
      profession: 'Digital, Data and Technology',
      location: 'Leeds',
      fte: 0.8,
      startedInPostOn: '2025-04-01',
      status: 'ACTIVE',
      // G7: the configured 12-month default minimum term (DEFAULT_MINIMUM_ASSIGNMENT_MONTHS).
      minimumTermEndsOn: '2026-04-01',
      eligibleToMoveFrom: '2026-04-01',
    });
  });

  it('reads a registered person back by id', async () => {
    const registered = await call(REGISTER, {
      input: newPerson({ location: undefined }),
    });
    const { id } = registered.data!.registerPerson;

    const response = await call(PERSON, { id });

    expect(response.data!.person).toEqual({
      id,
      staffNumber: registered.data!.registerPerson.staffNumber,
      givenName: 'Ada',
      familyName: 'Lovelace',
      location: null,
      startedInPostOn: '2025-04-01',
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming each field', async () => {
    const response = await call(REGISTER, {
      input: newPerson({ workEmail: 'not-an-email', fte: 1.5, grade: 'G8' }),
    });

    expect(response.data).toBeNull();
    const [error] = response.errors!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.extensions!.fields.map((field: { field: string }) => field.field).sort()).toEqual([
      'fte',
      'grade',
      'workEmail',
    ]);
    expect(error.message).toMatch(/workEmail must be an email/);
  });

  it('refuses a duplicate staff number or work email with CONFLICT, and writes no event for it', async () => {
    const first = newPerson();
    await call(REGISTER, { input: first });
    const dataSource = people.app.get(DataSource);
    const outboxRows = async () =>
      Number((await dataSource.query(`SELECT count(*) FROM outbox_message`))[0].count);
    const before = await outboxRows();

    const sameStaffNumber = await call(REGISTER, {
      input: newPerson({ staffNumber: first.staffNumber.toLowerCase() }),
    });
    const sameEmail = await call(REGISTER, {
      input: newPerson({ workEmail: first.workEmail.toUpperCase() }),
    });

    expect(sameStaffNumber.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PERSON.STAFF_NUMBER_TAKEN',
      field: 'staffNumber',
    });
    expect(sameEmail.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PERSON.WORK_EMAIL_TAKEN',
      field: 'workEmail',
    });
    expect(await outboxRows()).toBe(before);
  });

  it('lets only one of two simultaneous registrations of a staff number through; the other gets CONFLICT', async () => {
    const first = newPerson();
    const second = { ...newPerson(), staffNumber: first.staffNumber };

    const responses = await Promise.all([first, second].map((input) => call(REGISTER, { input })));

    expect(responses.filter((response) => response.data?.registerPerson)).toHaveLength(1);
    expect(responses.flatMap((response) => response.errors ?? []).map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: 'staffNumber' }),
    ]);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await call(PERSON, { id: uuidv7() });
    const malformed = await call(PERSON, { id: 'nobody' });

    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(malformed.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'id' })],
    });
  });

  it('reports database, transport and outbox on /health', async () => {
    const response = await fetch(`${people.baseUrl}/health`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'up',
      checks: {
        database: { status: 'up' },
        transport: { status: 'up', kind: 'kafka' },
        outbox: { status: 'up', backlog: expect.any(Number) },
      },
    });
  });

  it('migrates an empty database at start, and changes nothing when started again', async () => {
    const { first, second } = await schemaAfterTwoStarts({ service: 'people', create: createPeopleApp });

    expect(second).toEqual(first);
    expect(first.migrations.map((migration) => migration.name)).toEqual([
      'CreateMessagingOutbox1000000000001',
      'CreateMessagingInbox1000000000002',
      'CreateOutboxPending1000000000003',
      'StoreOutboxEnvelopeAsJson1000000000004',
      'CreateAuditLog1000000001001',
      'CreatePerson1795478400000',
      'CreateAuditTrail1795480000001',
      'AddPersonProfile1795481000000',
      'PeopleSearchIndexes1795482000000',
      'CreateReferenceData1795482500000',
      'AddPersonMoveOutcomes1795485500000',
      'PeopleProfessionOrderIndex1795491000000',
    ]);
  });
});
