import {
  generateInternalSigningKey,
  GatewayKeys,
  INTERNAL_TOKEN_HEADER,
  remoteGatewayKeys,
} from '@civil/auth';
import { createRootLogger } from '@civil/platform';
import { graphqlRequest, listenOnFreePort } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { generateKeyPair, UnsecuredJWT } from 'jose';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayApp } from '../src/app';
import { gatewayIdentityFromEnv } from '../src/identity/gateway-identity';
import { echoSupergraphSdl, IdentityEchoSubgraph } from './support/identity-echo.subgraph';
import { TEST_AUDIENCE, TestOidcProvider } from './support/test-oidc.provider';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });
const WHO_AM_I = `{ peopleCaller { subject roles personId departmentCode crossGovernment } }`;
const UNAUTHENTICATED_BODY = {
  errors: [
    {
      message: expect.stringMatching(/^Your bearer token was refused/),
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
};

// The gateway as main.ts builds it (OIDC_* and INTERNAL_SIGNING_KEY from the environment) in front of two subgraphs
// that fetch its keys from /.well-known/jwks.json as a standalone subgraph does (GATEWAY_JWKS_URL).
describe('authentication at the gateway (real HTTP, a local OIDC provider)', () => {
  let provider: TestOidcProvider;
  let people: IdentityEchoSubgraph;
  let vacancies: IdentityEchoSubgraph;
  let gateway: INestApplication;
  let gatewayUrl: string;
  let dataDir: string;
  let gatewayKeys: GatewayKeys | undefined;

  const ask = (headers: Record<string, string> = {}, path = '/graphql') =>
    graphqlRequest(`${gatewayUrl}${path}`, WHO_AM_I, {}, headers);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    provider = await TestOidcProvider.start();
    dataDir = mkdtempSync(join(tmpdir(), 'gateway-authentication-'));
    // The subgraphs must exist before the gateway (it needs their URLs) and trust its keys (known once it listens).
    const lazyKeys: GatewayKeys = (header, token) => gatewayKeys!(header, token);
    people = await new IdentityEchoSubgraph('people', lazyKeys).start();
    vacancies = await new IdentityEchoSubgraph('vacancies', lazyKeys).start();
    const identity = await gatewayIdentityFromEnv(
      {
        NODE_ENV: 'test',
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: TEST_AUDIENCE,
        OIDC_JWKS_URL: provider.jwksUrl,
        INTERNAL_SIGNING_KEY: JSON.stringify(await generateInternalSigningKey()),
      },
      { dataDir },
    );
    gateway = await createGatewayApp({
      logger,
      internalSigningKey: identity.internalSigningKey,
      bearerTokens: identity.bearerTokens,
      supergraphSdl: echoSupergraphSdl([people, vacancies]),
      subgraphUrls: { people: people.url, vacancies: vacancies.url },
    });
    gatewayUrl = await listenOnFreePort(gateway);
    gatewayKeys = remoteGatewayKeys(`${gatewayUrl}/.well-known/jwks.json`);
  });

  afterAll(async () => {
    await gateway?.close();
    await people?.stop();
    await vacancies?.stop();
    await provider?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes a caller without a token on as anonymous, for the subgraphs to decide what that allows', async () => {
    const response = await ask();

    expect(response.status).toBe(200);
    expect(response.data?.peopleCaller).toEqual({
      subject: 'anonymous',
      roles: [],
      personId: null,
      departmentCode: null,
      crossGovernment: false,
    });
  });

  it("accepts the provider's RS256 token and hands the subgraph the identity it holds, in our role names only", async () => {
    const token = await provider.token({
      sub: 'entra-user-7',
      roles: ['HR_ADMIN', 'EMPLOYEE', 'hr_admin', 'Directory.Read', 'EMPLOYEE'],
      person_id: 'person-7',
      department: 'HMRC',
      cross_government: true,
    });

    const response = await ask(bearer(token));

    expect(response.errors).toBeUndefined();
    expect(response.data?.peopleCaller).toEqual({
      subject: 'entra-user-7',
      roles: ['HR_ADMIN', 'EMPLOYEE'],
      personId: 'person-7',
      departmentCode: 'HMRC',
      crossGovernment: true,
    });
    // The keys came from the provider's JWKS endpoint over HTTP, not from anything handed over in memory.
    expect(provider.jwksRequests).toBeGreaterThan(0);
  });

  it("accepts the provider's ES256 token too", async () => {
    const token = await provider.token({ sub: 'entra-user-8', roles: ['WORKFORCE_PLANNER'] }, provider.es256);

    const response = await ask(bearer(token));

    expect(response.data?.peopleCaller).toMatchObject({
      subject: 'entra-user-8',
      roles: ['WORKFORCE_PLANNER'],
    });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const forgeries: [string, () => Promise<string>][] = [
    [
      'alg: none',
      async () =>
        new UnsecuredJWT({ sub: 'mallory', roles: ['HR_ADMIN'] })
          .setIssuer(provider.issuer)
          .setAudience(TEST_AUDIENCE)
          .setExpirationTime('5m')
          .encode(),
    ],
    [
      'signed with another key under the real kid',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return provider.token({ sub: 'mallory' }, { alg: 'RS256', kid: 'rsa-1', key: privateKey });
      },
    ],
    [
      'expired beyond the clock tolerance',
      () => provider.token({ sub: 'alice', iat: now() - 600, nbf: now() - 600, exp: now() - 120 }),
    ],
    ['not valid yet (nbf)', () => provider.token({ sub: 'alice', nbf: now() + 120 })],
    ['without an expiry', () => provider.token({ sub: 'alice', exp: undefined })],
    [
      'from another issuer',
      () => provider.token({ sub: 'alice', iss: 'https://login.example.org/other/v2.0' }),
    ],
    ['for another audience', () => provider.token({ sub: 'alice', aud: 'api://some-other-app' })],
    [
      'HS256 with the provider public key as the HMAC secret',
      async () =>
        provider.token(
          { sub: 'mallory', roles: ['HR_ADMIN'] },
          { alg: 'HS256', kid: 'rsa-1', key: await provider.publicKeyPem() },
        ),
    ],
    [
      'signed with a key the provider does not publish (unknown kid)',
      async () => {
        const { privateKey } = await generateKeyPair('ES256');
        return provider.token({ sub: 'mallory' }, { alg: 'ES256', kid: 'not-in-the-jwks', key: privateKey });
      },
    ],
    ['without a subject', () => provider.token({ roles: ['HR_ADMIN'] })],
    [
      'claiming the reserved anonymous subject',
      () => provider.token({ sub: 'anonymous', roles: ['HR_ADMIN'] }),
    ],
    ['not a JWT at all', async () => 'not-a-token'],
  ];

  it.each(forgeries)(
    'refuses a token %s with 401 UNAUTHENTICATED, before any subgraph is called',
    async (_, forge) => {
      const before = people.receivedTokens.length;

      const response = await ask(bearer(await forge()));

      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect({ errors: response.errors }).toEqual(UNAUTHENTICATED_BODY);
      expect(people.receivedTokens.length).toBe(before);
    },
  );

  it('says nothing about why a token was refused: one message whatever the check that failed', async () => {
    const expired = await ask(bearer(await provider.token({ sub: 'a', iat: now() - 600, exp: now() - 120 })));
    const wrongAudience = await ask(bearer(await provider.token({ sub: 'a', aud: 'api://other' })));

    expect(expired.errors?.[0].message).toBe(wrongAudience.errors?.[0].message);
    expect(JSON.stringify(expired.errors)).not.toMatch(/claim|"exp"|"aud"|jose|ERR_|signature|issuer/i);
  });

  it('refuses an Authorization header that does not hold a bearer token, rather than treating it as anonymous', async () => {
    const response = await ask({ authorization: 'Basic YWxpY2U6c2VjcmV0' });

    expect(response.status).toBe(401);
    expect({ errors: response.errors }).toEqual(UNAUTHENTICATED_BODY);
    // Refused after the request got its id, so the caller can quote it and the log line carries it.
    expect(response.headers.get('x-request-id')).toMatch(/\S+/);
  });

  it('guards every path Apollo answers under /graphql, not only /graphql itself', async () => {
    const response = await ask(bearer('forged'), '/graphql/anything');

    expect(response.status).toBe(401);
  });

  describe('behind the gateway', () => {
    it("refuses a request straight to a subgraph's port without the gateway's internal token", async () => {
      const response = await graphqlRequest(people.url, WHO_AM_I);

      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an internal token signed for one subgraph when it is replayed at another', async () => {
      await ask(
        bearer(await provider.token({ sub: 'entra-user-9', roles: ['HR_ADMIN'], department: 'DWP' })),
      );
      const captured = people.receivedTokens.at(-1)!;
      const replay = (url: string, query: string) =>
        graphqlRequest(url, query, {}, { [INTERNAL_TOKEN_HEADER]: captured });

      const atVacancies = await replay(vacancies.url, '{ vacanciesCaller { subject } }');
      const atPeople = await replay(people.url, '{ peopleCaller { subject roles } }');

      expect(atVacancies.status).toBe(401);
      expect(atVacancies.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // The same token is good where it was meant to go: the refusal above is the audience, not a broken token.
      expect(atPeople.data?.peopleCaller).toEqual({ subject: 'entra-user-9', roles: ['HR_ADMIN'] });
    });
  });
});

describe('an identity provider that cannot be reached', () => {
  it('answers 503, not 401: the token may be fine, so signing in again would not help', async () => {
    const provider = await TestOidcProvider.start();
    const token = await provider.token({ sub: 'alice', roles: ['EMPLOYEE'] });
    const jwksUrl = provider.jwksUrl;
    await provider.stop();
    const idleSubgraph = new IdentityEchoSubgraph('people', () => Promise.reject(new Error('never called')));
    idleSubgraph.url = 'http://127.0.0.1:9/graphql';
    const identity = await gatewayIdentityFromEnv(
      {
        OIDC_ISSUER: provider.issuer,
        OIDC_AUDIENCE: TEST_AUDIENCE,
        OIDC_JWKS_URL: jwksUrl,
        INTERNAL_SIGNING_KEY: JSON.stringify(await generateInternalSigningKey()),
      },
      { dataDir: tmpdir() },
    );
    const gateway = await createGatewayApp({
      logger,
      internalSigningKey: identity.internalSigningKey,
      bearerTokens: identity.bearerTokens,
      // Never started: the request is answered before any subgraph would be called.
      supergraphSdl: echoSupergraphSdl([idleSubgraph]),
    });
    try {
      const url = await listenOnFreePort(gateway);

      const response = await graphqlRequest(
        `${url}/graphql`,
        '{ __typename }',
        {},
        { authorization: `Bearer ${token}` },
      );

      expect(response.status).toBe(503);
      expect(response.errors?.[0].extensions?.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
    } finally {
      await gateway.close();
    }
  });
});
