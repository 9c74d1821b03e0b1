import { devInternalSigningKeyPath, devIssuerKeyPath, localKeySet, publicJwksOf } from '@civil/auth';
import { createRootLogger } from '@civil/platform';
import { graphqlRequest, listenOnFreePort } from '@civil/testing';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayApp } from '../src/app';
import { gatewayIdentityFromEnv } from '../src/identity/gateway-identity';
import { echoSupergraphSdl, IdentityEchoSubgraph } from './support/identity-echo.subgraph';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

// Development mode as `npm start` and a standalone `nx serve gateway` run it: no OIDC_*, no INTERNAL_SIGNING_KEY.
describe('development mode (no OIDC_*, not production)', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'gateway-dev-identity-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its issuer key and internal signing key under DATA_DIR, the same ones on every start', async () => {
    const first = await gatewayIdentityFromEnv({}, { dataDir });
    const second = await gatewayIdentityFromEnv({ NODE_ENV: 'test' }, { dataDir });

    expect(first.mode).toBe('development');
    expect(existsSync(devIssuerKeyPath(dataDir))).toBe(true);
    expect(existsSync(devInternalSigningKeyPath(dataDir))).toBe(true);
    expect(second.internalSigningKey).toEqual(first.internalSigningKey);
    expect(second.devIssuer!.publicJwks()).toEqual(first.devIssuer!.publicJwks());
  });

  it("verifies the development issuer's tokens through the gateway, as it verifies a provider's", async () => {
    const identity = await gatewayIdentityFromEnv({}, { dataDir });
    const otherDataDir = mkdtempSync(join(tmpdir(), 'gateway-dev-identity-other-'));
    // The keys `npm start` hands its in-process subgraphs.
    const people = await new IdentityEchoSubgraph(
      'people',
      localKeySet(publicJwksOf(identity.internalSigningKey)),
    ).start();
    const gateway = await createGatewayApp({
      logger,
      internalSigningKey: identity.internalSigningKey,
      bearerTokens: identity.bearerTokens,
      supergraphSdl: echoSupergraphSdl([people]),
      subgraphUrls: { people: people.url },
    });
    try {
      const url = `${await listenOnFreePort(gateway)}/graphql`;
      const ask = (token: string) =>
        graphqlRequest(
          url,
          '{ peopleCaller { subject roles personId departmentCode } }',
          {},
          { authorization: `Bearer ${token}` },
        );
      const token = await identity.devIssuer!.issue({
        roles: ['EMPLOYEE'],
        personId: 'p-42',
        departmentCode: 'HMRC',
      });
      const foreign = await (
        await gatewayIdentityFromEnv({}, { dataDir: otherDataDir })
      ).devIssuer!.issue({ roles: ['HR_ADMIN'] });

      const accepted = await ask(token);
      const refused = await ask(foreign);

      expect(accepted.data?.peopleCaller).toEqual({
        subject: 'dev:person:p-42',
        roles: ['EMPLOYEE'],
        personId: 'p-42',
        departmentCode: 'HMRC',
      });
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await gateway.close();
      await people.stop();
      rmSync(otherDataDir, { recursive: true, force: true });
    }
  });
});
