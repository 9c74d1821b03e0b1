import {
  IntegrationEvent,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
  VacancyCreatedV1,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { schemaAfterTwoStarts, ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { createVacanciesApp } from '../src/app';

const CREATE = `mutation Create($input: CreateVacancyInput!) {
  createVacancy(input: $input) { id title grade posts ftePerPost status version }
}`;
const VACANCY = `query Vacancy($id: ID!) { vacancy(id: $id) { id departmentCode title description profession } }`;

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
  const published: IntegrationEvent<VacancyCreatedV1>[] = [];

  beforeAll(async () => {
    // Vacancies publishes its vacancy events and its audit entries.
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC],
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

  it('drafts a vacancy and publishes VacancyCreated without its title or description', async () => {
    const response = await call(CREATE, { input: input() }, { 'x-request-id': 'vacancy-req-1' });

    expect(response.errors).toBeUndefined();
    const vacancy = response.data!.createVacancy;
    expect(vacancy).toMatchObject({
      title: 'Senior data scientist',
      grade: 'G7',
      posts: 2,
      ftePerPost: 1,
      status: 'DRAFT',
      version: 1,
    });
    const event = await expectEventually(() => {
      const found = published.find((candidate) => candidate.subject === vacancy.id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(event).toMatchObject({
      type: 'VacancyCreated',
      source: '/services/vacancies',
      traceid: 'vacancy-req-1',
    });
    expect(event.data).toEqual({
      vacancyId: vacancy.id,
      departmentCode: 'DSIT',
      grade: 'G7',
      profession: 'Digital, Data and Technology',
      posts: 2,
      ftePerPost: 1,
      status: 'DRAFT',
    });
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

  it('migrates an empty database at start, and changes nothing when started again', async () => {
    const { first, second } = await schemaAfterTwoStarts({
      service: 'vacancies',
      create: createVacanciesApp,
    });

    expect(second).toEqual(first);
    expect(first.migrations.map((migration) => migration.name)).toContain('CreateVacancy1795478500000');
  });
});
