import {
  IntegrationEvent,
  MOVES_MOVE_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
  VacancyPublishedV1,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { schemaAfterTwoStarts, ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { createVacanciesApp } from '../src/app';
import { completeInput, CREATE, PUBLISH } from './vacancy-lifecycle.fixtures';

const VACANCY = `query Vacancy($id: ID!) { vacancy(id: $id) { id departmentCode title description profession } }`;
const clock = { now: () => new Date() };

const input = (overrides: Record<string, unknown> = {}) => ({
  departmentCode: 'DSIT',
  title: 'Senior data scientist',
  description: 'Lead data science for a policy team.',
  grade: 'G7',
  profession: 'Digital, Data and Technology',
  posts: 2,
  ftePerPost: 1,
  ...overrides,
});

// A hiring manager of the department these tests advertise in: the least that may create and read vacancies. What
// others may do is infra/graphql/authorization.int-spec.ts's business.
const DSIT_HIRING_MANAGER = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' });
let vacancies: ServiceUnderTest;
const call = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  vacancies.call(DSIT_HIRING_MANAGER, query, variables, headers);

describe('vacancies service (real PostgreSQL and Kafka)', () => {
  let subscription: Subscription;
  const published: IntegrationEvent<VacancyPublishedV1>[] = [];

  beforeAll(async () => {
    // Vacancies publishes its vacancy events and its audit entries.
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      // Vacancies consumes the moves saga's requests on moves.move.v1 (post reservation).
      topics: [VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC, MOVES_MOVE_TOPIC],
      create: createVacanciesApp,
    });
    subscription = await vacancies.transport.subscribe(
      { groupId: `vacancies-test-${uuidv7()}`, topics: [VACANCIES_VACANCY_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await vacancies?.close();
  });

  it('drafts a vacancy silently, and publishes VacancyPublished with its record but not its description', async () => {
    const response = await call(CREATE, { input: completeInput(clock) }, { 'x-request-id': 'vacancy-req-1' });

    expect(response.errors).toBeUndefined();
    const vacancy = response.data!.createVacancy;
    expect(vacancy).toMatchObject({ title: 'Senior data scientist', posts: 2, status: 'DRAFT', version: 1 });
    await call(PUBLISH, { id: vacancy.id, v: 1 }, { 'x-request-id': 'vacancy-req-2' });
    const event = await expectEventually(() => {
      const found = published.find((candidate) => candidate.subject === vacancy.id);
      expect(found).toBeDefined();
      return found!;
    });
    // Nothing was published for the draft: the first event about the vacancy is its publication.
    expect(event).toMatchObject({
      type: 'VacancyPublished',
      source: '/services/vacancies',
      traceid: 'vacancy-req-2',
      aggregateversion: 1,
    });
    expect(event.data).toMatchObject({
      vacancyId: vacancy.id,
      departmentCode: 'DSIT',
      title: 'Senior data scientist',
      grade: 'G7',
      moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
      posts: 2,
      status: 'OPEN',
    });
    expect(JSON.stringify(event.data)).not.toContain('policy team');
  });

  it('reads a vacancy back, and answers NOT_FOUND for an unknown id', async () => {
    const { id } = (await call(CREATE, { input: input({ title: 'Economist' }) })).data!.createVacancy;

    expect((await call(VACANCY, { id })).data!.vacancy).toMatchObject({
      id,
      title: 'Economist',
      departmentCode: 'DSIT',
    });
    expect((await call(VACANCY, { id: uuidv7() })).errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses bad input with BAD_USER_INPUT naming each field', async () => {
    const response = await call(CREATE, {
      input: input({ posts: 0, ftePerPost: 0.05, title: '' }),
    });

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(
      response.errors![0].extensions!.fields.map((field: { field: string }) => field.field).sort(),
    ).toEqual(['ftePerPost', 'posts', 'title']);
  });

  it('refuses a department vacancies does not know', async () => {
    const admin = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'CO', crossGovernment: true });

    const response = await vacancies.call(admin, CREATE, { input: input({ departmentCode: 'NOWHERE' }) });

    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'VACANCY.UNKNOWN_DEPARTMENT',
      field: 'departmentCode',
    });
  });

  it('migrates an empty database at start, and changes nothing when started again', async () => {
    const { first, second } = await schemaAfterTwoStarts({
      service: 'vacancies',
      create: createVacanciesApp,
    });

    expect(second).toEqual(first);
    expect(first.migrations.map((migration) => migration.name)).toEqual(
      expect.arrayContaining(['CreateVacancy1795478500000', 'CreatePostReservation1795483200000']),
    );
  });
});
