// The right of access end to end: callers signed in at the gateway, the three real subgraphs on their own databases,
// audit entries travelling through a real Kafka broker into people's consolidated trail, and myData put together by
// the gateway from what each subgraph holds. It lives beside the supergraph because it tests their composition.
import { DevIssuer, DevTokenRequest } from '@civil/auth';
import {
  deadLetterTopicOf,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { KafkaTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import {
  createTestDatabase,
  createTestTopics,
  expectEventually,
  FAST_TEST_CONSUMER,
  graphqlRequest,
  listenOnFreePort,
  testKafkaBrokers,
  TestDatabase,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayApp } from '../../services/gateway/src/app';
import { createMovesApp } from '../../services/moves/src/app';
import { createPeopleApp } from '../../services/people/src/app';
import { createVacanciesApp } from '../../services/vacancies/src/app';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });
const TOPICS = [PEOPLE_PERSON_TOPIC, VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC];

const REGISTER = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const CREATE_VACANCY = `mutation Create($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const MY_DATA = `{ myData { personId generatedAt profile auditTrail auditedActions vacancies moves } }`;

describe('myData through the gateway (real PostgreSQL and Kafka)', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  let dataDir: string;
  let issuer: DevIssuer;
  let transport: KafkaTransport;
  let gatewayUrl: string;

  async function start(app: Promise<INestApplication>): Promise<string> {
    const started = await app;
    apps.push(started);
    return `${await listenOnFreePort(started)}/graphql`;
  }

  async function database(name: string): Promise<string> {
    const created = await createTestDatabase(name);
    databases.push(created);
    return created.url;
  }

  const as = async (who: DevTokenRequest, query: string, variables: Record<string, unknown> = {}) =>
    graphqlRequest(gatewayUrl, query, variables, { authorization: `Bearer ${await issuer.issue(who)}` });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'my-data-test-'));
    issuer = await DevIssuer.open(dataDir);
    const keys = await TestGatewayKeys.create();
    await createTestTopics([...TOPICS, ...TOPICS.map(deadLetterTopicOf)]);
    transport = new KafkaTransport({
      brokers: testKafkaBrokers(),
      clientId: 'my-data-test',
      logger,
      consumer: FAST_TEST_CONSUMER,
    });
    const runtime = { gatewayKeys: keys.gatewayKeys, transport, logger };
    const people = await start(
      createPeopleApp({
        ...runtime,
        databaseUrl: await database('people'),
        consumerGroupId: `people-my-data-${uuidv7()}`,
      }),
    );
    const vacancies = await start(
      createVacanciesApp({ ...runtime, databaseUrl: await database('vacancies') }),
    );
    const moves = await start(
      createMovesApp({
        ...runtime,
        databaseUrl: await database('moves'),
        consumerGroupId: `moves-my-data-${uuidv7()}`,
      }),
    );
    gatewayUrl = await start(
      createGatewayApp({
        subgraphUrls: { people, vacancies, moves },
        logger,
        internalSigningKey: keys.signingKey,
        bearerTokens: issuer.verifier(),
      }),
    );
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await transport?.close();
    await Promise.all(databases.map((created) => created.drop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("gives a civil servant their record, who registered it, and moves' copy of it", async () => {
    const hr: DevTokenRequest = { roles: ['HR_ADMIN'], departmentCode: 'DWP', personId: uuidv7() };
    const suffix = randomBytes(4).toString('hex').toUpperCase();
    const registered = await as(hr, REGISTER, {
      input: {
        staffNumber: `MD${suffix}`,
        givenName: 'Ada',
        familyName: 'Lovelace',
        workEmail: `ada.${suffix.toLowerCase()}@dwp.gov.uk`,
        departmentCode: 'DWP',
        grade: 'EO',
        profession: 'Operational Delivery',
        fte: 1,
        startedInPostOn: '2025-01-06',
      },
    });
    expect(registered.errors).toBeUndefined();
    const personId = registered.data!.registerPerson.id;
    const me: DevTokenRequest = { roles: ['EMPLOYEE'], departmentCode: 'DWP', personId };

    const mine = await expectEventually(async () => {
      const response = await as(me, MY_DATA);
      expect(response.errors).toBeUndefined();
      expect(response.data!.myData.auditTrail).toHaveLength(1);
      expect(response.data!.myData.moves.person).not.toBeNull();
      return response.data!.myData;
    });
    expect(mine).toMatchObject({
      personId,
      profile: { id: personId, staffNumber: `MD${suffix}`, grade: 'EO' },
      auditedActions: [],
      vacancies: [],
      moves: { person: { departmentCode: 'DWP', grade: 'EO', version: 1 } },
    });
    expect(mine.auditTrail[0]).toMatchObject({
      service: 'people',
      actorPersonId: hr.personId,
      actingAs: 'HR_ADMIN',
      operation: 'Mutation.registerPerson',
      recordId: personId,
    });
  });

  it('gives a hiring manager the vacancies they created, and vacancies’ audit entry reaches their trail', async () => {
    const manager: DevTokenRequest = {
      roles: ['HIRING_MANAGER'],
      departmentCode: 'DSIT',
      personId: uuidv7(),
    };
    const created = await as(manager, CREATE_VACANCY, {
      input: {
        departmentCode: 'DSIT',
        title: 'Lead user researcher',
        description: 'Research with the users of science services.',
        grade: 'G7',
        profession: 'Digital, Data and Technology',
        posts: 2,
        ftePerPost: 1,
      },
    });
    expect(created.errors).toBeUndefined();
    const vacancyId = created.data!.createVacancy.id;

    const mine = await expectEventually(async () => {
      const response = await as(manager, MY_DATA);
      expect(response.errors).toBeUndefined();
      expect(response.data!.myData.auditedActions).toHaveLength(1);
      return response.data!.myData;
    });
    expect(mine.auditedActions[0]).toMatchObject({
      service: 'vacancies',
      actingAs: 'HIRING_MANAGER',
      operation: 'Mutation.createVacancy',
      recordType: 'Vacancy',
      recordId: vacancyId,
    });
    expect(mine.vacancies).toEqual([
      expect.objectContaining({ id: vacancyId, title: 'Lead user researcher' }),
    ]);
    // Not a person registered in people, and moves knows nothing about them: the answer says so.
    expect(mine).toMatchObject({ profile: null, auditTrail: [], moves: { person: null } });
  });

  it('refuses myData to a caller who is not signed in', async () => {
    const response = await graphqlRequest(gatewayUrl, MY_DATA);

    expect(response.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
