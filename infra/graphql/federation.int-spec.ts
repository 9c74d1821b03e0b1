// The whole system on real infrastructure: people, vacancies and moves on their own databases, exchanging events
// through a real Kafka broker, behind the gateway serving the checked-in supergraph. It lives beside the supergraph
// because it tests the composition of the services, which no single service may import.
import {
  deadLetterTopicOf,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { KafkaTransport } from '@civil/messaging';
import { DevIssuer, DevTokenRequest, ROLES } from '@civil/auth';
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
  testIdentity,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createGatewayApp } from '../../services/gateway/src/app';
import { createMovesApp } from '../../services/moves/src/app';
import { createPeopleApp } from '../../services/people/src/app';
import { createVacanciesApp } from '../../services/vacancies/src/app';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });
const TOPICS = [PEOPLE_PERSON_TOPIC, VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC];

const REGISTER = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id staffNumber } }`;
const PERSON_WITH_MOVES = `query Person($id: ID!) { person(id: $id) { id givenName grade knownToMoves } }`;
const CREATE_VACANCY = `mutation Create($input: CreateVacancyInput!) { createVacancy(input: $input) { id status } }`;
const PUBLISH_VACANCY = `mutation Publish($id: ID!) { publishVacancy(id: $id) { id status } }`;
const VACANCY_WITH_MOVES = `query Vacancy($id: ID!) { vacancy(id: $id) { id title knownToMoves } }`;

function person() {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `CO${suffix}`,
    givenName: 'Grace',
    familyName: 'Hopper',
    workEmail: `grace.${suffix.toLowerCase()}@cabinetoffice.gov.uk`,
    departmentCode: 'CO',
    grade: 'SCS1',
    profession: 'Digital, Data and Technology',
    fte: 1,
    startedInPostOn: '2024-09-02',
  };
}

// Every role, across government: these tests are about the pipeline, not authorization (see the authorization table).
const TRUSTED = testIdentity({ roles: [...ROLES], crossGovernment: true });
let keys: TestGatewayKeys;
let peopleUrl: string;
const call = async (
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) =>
  graphqlRequest(`${peopleUrl}/graphql`, query, variables, {
    ...(await keys.headersFor('people', TRUSTED)),
    ...headers,
  });

// Callers through the gateway sign in as an OIDC provider would make them, with the development issuer's tokens.
const CO_HR_ADMIN: DevTokenRequest = { roles: ['HR_ADMIN'], departmentCode: 'CO' };
const DSIT_HIRING_MANAGER: DevTokenRequest = { roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' };

describe('the federated system (real PostgreSQL and Kafka, through the gateway)', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  let transport: KafkaTransport;
  let people: INestApplication;
  let movesUrl: string;
  let gatewayUrl: string;
  let issuer: DevIssuer;

  const viaGateway = async (
    who: DevTokenRequest,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) =>
    graphqlRequest(`${gatewayUrl}/graphql`, query, variables, {
      authorization: `Bearer ${await issuer.issue(who)}`,
      ...headers,
    });

  async function start(app: Promise<INestApplication>): Promise<[INestApplication, string]> {
    const started = await app;
    apps.push(started);
    return [started, await listenOnFreePort(started)];
  }

  async function database(name: string): Promise<string> {
    const created = await createTestDatabase(name);
    databases.push(created);
    return created.url;
  }

  beforeAll(async () => {
    keys = await TestGatewayKeys.create();
    issuer = await DevIssuer.open(mkdtempSync(join(tmpdir(), 'federation-test-')));
    const brokers = testKafkaBrokers();
    await createTestTopics([...TOPICS, ...TOPICS.map(deadLetterTopicOf)]);
    transport = new KafkaTransport({
      brokers,
      clientId: 'federation-test',
      logger,
      consumer: FAST_TEST_CONSUMER,
    });
    [people, peopleUrl] = await start(
      createPeopleApp({
        gatewayKeys: keys.gatewayKeys,
        databaseUrl: await database('people'),
        transport,
        logger,
        consumerGroupId: `people-federation-${uuidv7()}`,
      }),
    );
    const [, vacanciesUrl] = await start(
      createVacanciesApp({
        gatewayKeys: keys.gatewayKeys,
        databaseUrl: await database('vacancies'),
        transport,
        logger,
      }),
    );
    const movesDatabase = await database('moves');
    [, movesUrl] = await start(
      createMovesApp({
        gatewayKeys: keys.gatewayKeys,
        databaseUrl: movesDatabase,
        transport,
        logger,
        consumerGroupId: `moves-federation-${uuidv7()}`,
      }),
    );
    const subgraphUrls = {
      people: `${peopleUrl}/graphql`,
      vacancies: `${vacanciesUrl}/graphql`,
      moves: `${movesUrl}/graphql`,
    };
    [, gatewayUrl] = await start(
      createGatewayApp({
        subgraphUrls,
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
  });

  it('registerPerson in people reaches the moves read model through Kafka', async () => {
    const registered = await call(REGISTER, { input: person() });
    const { id } = registered.data!.registerPerson;

    await expectEventually(async () => {
      const known = await graphqlRequest(
        `${movesUrl}/graphql`,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { knownToMoves } } }`,
        { r: [{ __typename: 'Person', id }] },
        await keys.headersFor('moves', TRUSTED),
      );
      expect(known.data!._entities[0].knownToMoves).toBe(true);
    });
  });

  it('reads back through the gateway a person registered through the gateway, with the fields moves adds', async () => {
    const requestId = `gw-${randomBytes(6).toString('hex')}`;
    const registered = await viaGateway(
      CO_HR_ADMIN,
      REGISTER,
      { input: person() },
      { 'x-request-id': requestId },
    );
    expect(registered.errors).toBeUndefined();
    const { id } = registered.data!.registerPerson;

    const read = await expectEventually(async () => {
      const response = await viaGateway(CO_HR_ADMIN, PERSON_WITH_MOVES, { id });
      expect(response.data!.person.knownToMoves).toBe(true);
      return response;
    });
    expect(read.data!.person).toEqual({ id, givenName: 'Grace', grade: 'SCS1', knownToMoves: true });

    // The gateway passed the caller's request id on, so the event carries it as its trace id.
    const [row] = await people
      .get(DataSource)
      .query(`SELECT envelope->>'traceid' AS trace_id FROM outbox_message WHERE aggregate_id = $1`, [id]);
    expect(row.trace_id).toBe(requestId);
  });

  it('a vacancy published through the gateway reaches the moves vacancy read model (a draft does not)', async () => {
    const input = {
      departmentCode: 'DSIT',
      title: 'Head of data',
      description: 'Lead the data function.',
      grade: 'G6',
      profession: 'Digital, Data and Technology',
      posts: 1,
      ftePerPost: 1,
      moveKinds: ['LEVEL_TRANSFER'],
      locations: ['London'],
      behaviours: ['Leadership'],
      closingDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    };
    const created = await viaGateway(DSIT_HIRING_MANAGER, CREATE_VACANCY, { input });
    const { id } = created.data!.createVacancy;
    const draft = await viaGateway(DSIT_HIRING_MANAGER, VACANCY_WITH_MOVES, { id });
    expect(draft.data!.vacancy).toEqual({ id, title: 'Head of data', knownToMoves: false });

    const published = await viaGateway(DSIT_HIRING_MANAGER, PUBLISH_VACANCY, { id });
    expect(published.errors).toBeUndefined();
    await expectEventually(async () => {
      const response = await viaGateway(DSIT_HIRING_MANAGER, VACANCY_WITH_MOVES, { id });
      expect(response.data!.vacancy).toEqual({ id, title: 'Head of data', knownToMoves: true });
    });
  });

  it("passes the subgraphs' error codes through the gateway", async () => {
    const missing = await viaGateway(CO_HR_ADMIN, PERSON_WITH_MOVES, { id: uuidv7() });
    const invalid = await viaGateway(CO_HR_ADMIN, REGISTER, { input: { ...person(), fte: 0 } });
    const anonymous = await graphqlRequest(`${gatewayUrl}/graphql`, PERSON_WITH_MOVES, { id: uuidv7() });

    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(invalid.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'fte' })],
    });
  });

  it('reports every subgraph on the gateway /health', async () => {
    const response = await fetch(`${gatewayUrl}/health`);

    expect(response.status).toBe(200);
    expect(((await response.json()) as { checks: unknown }).checks).toEqual({
      people: expect.objectContaining({ status: 'up' }),
      vacancies: expect.objectContaining({ status: 'up' }),
      moves: expect.objectContaining({ status: 'up' }),
    });
  });
});
