import { ConfigError } from '@civil/platform';
import { gatewayIdentityFromEnv } from './gateway-identity';

// Only the paths that decide before touching DATA_DIR; development mode's files are in authentication-modes.int-spec.
const DATA_DIR = '/nonexistent/civil-mobility-data';
const SIGNING_KEY = JSON.stringify({
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI',
  kid: 'k1',
});
const OIDC = {
  OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  OIDC_AUDIENCE: 'api://civil-mobility',
  OIDC_JWKS_URL: 'https://login.microsoftonline.com/tenant/discovery/v2.0/keys',
};

async function problemsOf(env: Record<string, string>): Promise<string[]> {
  const error = await gatewayIdentityFromEnv(env, { dataDir: DATA_DIR }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error.problems;
}

describe('the gateway identity configuration', () => {
  it('refuses to start in production without a provider and a signing key, naming every variable', async () => {
    const problems = await problemsOf({ NODE_ENV: 'production' });

    expect(problems).toEqual([
      expect.stringMatching(
        /^OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL must be set when NODE_ENV=production/,
      ),
      expect.stringMatching(/^INTERNAL_SIGNING_KEY must be set when NODE_ENV=production/),
    ]);
  });

  it('refuses production with a provider but no signing key, rather than generating one', async () => {
    expect(await problemsOf({ NODE_ENV: 'production', ...OIDC })).toEqual([
      expect.stringMatching(/^INTERNAL_SIGNING_KEY must be set/),
    ]);
  });

  it('names every missing variable at once in production, however many OIDC_* are set', async () => {
    expect(await problemsOf({ NODE_ENV: 'production', OIDC_ISSUER: OIDC.OIDC_ISSUER })).toEqual([
      expect.stringMatching(/^OIDC_AUDIENCE, OIDC_JWKS_URL must be set when NODE_ENV=production/),
      expect.stringMatching(/^INTERNAL_SIGNING_KEY must be set/),
    ]);
  });

  it('names the OIDC variables missing when only some are set', async () => {
    expect(await problemsOf({ OIDC_ISSUER: OIDC.OIDC_ISSUER, INTERNAL_SIGNING_KEY: SIGNING_KEY })).toEqual([
      expect.stringMatching(/^OIDC_AUDIENCE must be set/),
      expect.stringMatching(/^OIDC_JWKS_URL must be set/),
    ]);
  });

  it("refuses a provider's keys over plain HTTP in production", async () => {
    const env = {
      NODE_ENV: 'production',
      ...OIDC,
      OIDC_JWKS_URL: 'http://idp.internal/keys',
      INTERNAL_SIGNING_KEY: SIGNING_KEY,
    };

    expect(await problemsOf(env)).toEqual([
      expect.stringMatching(/^OIDC_JWKS_URL must be an https:\/\/ URL/),
    ]);
  });

  it('refuses a signing key that is not a private EC P-256 JWK', async () => {
    expect(await problemsOf({ ...OIDC, INTERNAL_SIGNING_KEY: '{"kty":"RSA"}' })).toEqual([
      expect.stringMatching(/^INTERNAL_SIGNING_KEY must be a private EC P-256 JWK/),
    ]);
  });

  it('refuses bad claim settings by name', async () => {
    const problems = await problemsOf({
      ...OIDC,
      OIDC_ROLES_CLAIM: 'app roles',
      OIDC_CLOCK_TOLERANCE_SECONDS: '3600',
    });

    expect(problems).toEqual([
      expect.stringMatching(/^OIDC_ROLES_CLAIM /),
      expect.stringMatching(/^OIDC_CLOCK_TOLERANCE_SECONDS /),
    ]);
  });

  it('uses the provider in production when everything is given', async () => {
    const identity = await gatewayIdentityFromEnv(
      { NODE_ENV: 'production', ...OIDC, INTERNAL_SIGNING_KEY: SIGNING_KEY },
      { dataDir: DATA_DIR },
    );

    expect(identity).toMatchObject({ mode: 'oidc', internalSigningKey: { kid: 'k1' } });
    expect(identity.devIssuer).toBeUndefined();
    expect(identity.bearerTokens.issuer).toBe(OIDC.OIDC_ISSUER);
  });
});
