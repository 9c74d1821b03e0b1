// The gateway's limits end to end: the real gateway app in front of a small stub subgraph that counts every request
// and resolver call, so each refusal can be shown to have reached no subgraph at all.
import { generateInternalSigningKey } from '@civil/auth';
import { graphqlRequest, JsonObject, listenOnFreePort } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { createGatewayApp } from '../src/app';
import { GraphQLLimits } from '../src/limits/graphql-limits.config';
import { INTERNAL_FAILURE, startStubSubgraph, SubgraphCalls } from './support/stub-subgraph';

// Generous, so that only the test about rate limits meets one.
const UNLIMITED_RATE = { rateLimitPerMinute: 60_000, rateLimitBurst: 10_000 };

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as JsonObject };
}

const managers = (count: number) =>
  `{ person(id: "1") { ${'manager { '.repeat(count)}name${' }'.repeat(count)} } }`;

describe('GraphQL limits at the gateway (real gateway, stub subgraph)', () => {
  const apps: INestApplication[] = [];
  const logLines: string[] = [];
  let stub: Awaited<ReturnType<typeof startStubSubgraph>>;
  let calls: SubgraphCalls;
  let development: string;
  let production: string;
  let strict: string;

  async function gateway(limits: Partial<GraphQLLimits>): Promise<string> {
    const logger = pino({ level: 'error' }, { write: (line: string) => void logLines.push(line) });
    const app = await createGatewayApp({
      supergraphSdl: stub.supergraphSdl,
      internalSigningKey: await generateInternalSigningKey(),
      logger,
      limits,
    });
    apps.push(app);
    return `${await listenOnFreePort(app)}/graphql`;
  }

  /** Asserts the refusal and that no subgraph heard of the request. */
  function expectRefused(response: { status: number; errors?: JsonObject[] }, code: string, status = 400) {
    expect(response.status).toBe(status);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code });
    expect(calls).toEqual({ requests: 0, resolvers: 0 });
  }

  beforeAll(async () => {
    stub = await startStubSubgraph();
    calls = stub.calls;
    development = await gateway({ mode: 'development', ...UNLIMITED_RATE });
    production = await gateway({ mode: 'production', ...UNLIMITED_RATE });
    strict = await gateway({
      mode: 'development',
      rateLimitPerMinute: 1,
      rateLimitBurst: 3,
      maxBodyBytes: 4096,
    });
  });

  beforeEach(() => {
    calls.requests = 0;
    calls.resolvers = 0;
    logLines.length = 0;
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await stub?.stop();
  });

  it('answers a query within every limit through the subgraph', async () => {
    const response = await graphqlRequest(
      development,
      `query($n: Int) { people(first: $n) { totalCount edges { node { name } } } ${managers(6).slice(1, -1)} }`,
      { n: 2 },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.people).toEqual({
      totalCount: 2,
      edges: [{ node: { name: 'Person p0' } }, { node: { name: 'Person p1' } }],
    });
    expect(calls.requests).toBeGreaterThan(0);
    expect(calls.resolvers).toBeGreaterThan(0);
  });

  it('refuses a query nested deeper than 8', async () => {
    const response = await graphqlRequest(development, managers(8));

    expectRefused(response, 'QUERY_TOO_DEEP');
    expect(response.errors![0].message).toBe('Query depth 10 exceeds the limit of 8');
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `p${i}: person(id: "${i}") { name }`).join(' ');

    const response = await graphqlRequest(development, `{ ${aliases} }`);

    expectRefused(response, 'TOO_MANY_ALIASES');
    expect(response.errors![0].message).toBe('Query uses 16 aliases; the limit is 15');
  });

  it('refuses a query costing more than 1000', async () => {
    const response = await graphqlRequest(
      development,
      '{ people(first: 100) { edges { node { reports(first: 100) { edges { node { name } } } } } } }',
    );

    expectRefused(response, 'QUERY_TOO_COSTLY');
    expect(response.errors![0].message).toMatch(/^Query cost 30301 exceeds the limit of 1000/);
  });

  it('refuses first/last outside 1..100, given literally or in a variable', async () => {
    const literal = await graphqlRequest(development, '{ people(first: 500) { totalCount } }');
    expectRefused(literal, 'BAD_USER_INPUT');
    expect(literal.errors![0].message).toBe(
      '"first" on field "people" must be an integer from 1 to 100; got 500',
    );

    const variable = await graphqlRequest(
      development,
      'query($n: Int) { person(id: "1") { reports(last: $n) { totalCount } } }',
      { n: 0 },
    );
    expectRefused(variable, 'BAD_USER_INPUT');
    expect(variable.errors![0].extensions).toMatchObject({ argument: 'last', field: 'reports', actual: 0 });
  });

  it('refuses a batch of operations', async () => {
    const batch = JSON.stringify([
      { query: '{ person(id: "1") { name } }' },
      { query: '{ person(id: "2") { name } }' },
    ]);

    const response = await post(development, batch);

    expectRefused({ status: response.status, errors: response.body.errors }, 'BATCH_NOT_ALLOWED');
    expect(response.body.errors[0].message).toMatch(/^Batched operations are not allowed/);
  });

  it('refuses a body over 100 kB by default, and over the configured limit, with 413', async () => {
    const padding = 'x'.repeat(150 * 1024);
    const body = JSON.stringify({ query: '{ person(id: "1") { name } }', variables: { padding } });

    const byDefault = await post(development, body);
    expectRefused({ status: byDefault.status, errors: byDefault.body.errors }, 'PAYLOAD_TOO_LARGE', 413);
    expect(byDefault.body.errors[0].message).toBe(
      `Request body of ${Buffer.byteLength(body)} bytes exceeds the limit of 102400 bytes`,
    );

    const configured = await post(
      strict,
      JSON.stringify({ query: '{ person(id: "1") { name } }', variables: { padding: 'x'.repeat(5000) } }),
    );
    expectRefused({ status: configured.status, errors: configured.body.errors }, 'PAYLOAD_TOO_LARGE', 413);
    expect(configured.body.errors[0].extensions.limit).toBe(4096);
  });

  it('refuses a document of more than 5000 tokens before validating it', async () => {
    const response = await graphqlRequest(development, `{ ${'__typename '.repeat(6000)}}`);

    expectRefused(response, 'GRAPHQL_PARSE_FAILED');
  });

  it('rate limits each caller: the burst goes through, the next request gets 429 and Retry-After', async () => {
    const query = '{ person(id: "1") { name } }';
    const accepted = [];
    for (let i = 0; i < 3; i += 1) accepted.push(await graphqlRequest(strict, query));
    expect(accepted.map((response) => [response.status, response.errors])).toEqual([
      [200, undefined],
      [200, undefined],
      [200, undefined],
    ]);
    calls.requests = 0;
    calls.resolvers = 0;

    const refused = await graphqlRequest(strict, query);

    expectRefused(refused, 'RATE_LIMITED', 429);
    const { retryAfterSeconds } = refused.errors![0].extensions!;
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfterSeconds));
    expect(refused.errors![0].message).toMatch(/the limit is 1 per minute, in bursts of up to 3/);
  });

  it("masks a subgraph's internal error behind an id, and logs it in full under that id", async () => {
    const response = await graphqlRequest(development, '{ broken }');

    expect(response.data).toEqual({ broken: null });
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.message).toMatch(/^Internal error \(id [0-9a-f-]{36}\)$/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: error.message.slice(19, -1) });
    const sent = JSON.stringify(response);
    for (const secret of ['password', '10.0.0.7', 'stacktrace', 'serviceName'])
      expect(sent).not.toContain(secret);

    const logged = logLines
      .map((line) => JSON.parse(line))
      .find((entry) => entry.errorId === error.extensions!.errorId);
    expect(JSON.stringify(logged)).toContain(INTERNAL_FAILURE.slice(0, 40));
  });

  it("passes a subgraph's deliberate errors through, without its stack traces", async () => {
    const response = await graphqlRequest(development, '{ missing refusedByRule }');

    expect(response.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['Person p-404 was not found', 'NOT_FOUND'],
      ['fte must be between 0.1 and 1', 'PERSON.FTE_OUT_OF_RANGE'],
    ]);
    expect(response.errors![0].extensions).toMatchObject({ id: 'p-404' });
    expect(JSON.stringify(response)).not.toContain('stacktrace');
  });

  it('serves introspection in development mode', async () => {
    const response = await graphqlRequest(development, getIntrospectionQuery());

    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  it('refuses introspection in production mode, and still answers __typename', async () => {
    expectRefused(
      await graphqlRequest(production, '{ __schema { queryType { name } } }'),
      'INTROSPECTION_DISABLED',
    );
    expectRefused(
      await graphqlRequest(production, '{ __type(name: "Person") { name } }'),
      'INTROSPECTION_DISABLED',
    );

    const ordinary = await graphqlRequest(production, '{ person(id: "1") { __typename name } }');
    expect(ordinary.data).toEqual({ person: { __typename: 'Person', name: 'Person 1' } });
  });
});
