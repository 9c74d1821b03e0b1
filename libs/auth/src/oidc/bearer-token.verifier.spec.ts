import { createLocalJWKSet, exportJWK, generateKeyPair, JWTPayload, SignJWT } from 'jose';
import { BearerTokenError, BearerTokenVerifier } from './bearer-token.verifier';

// The clock is injected, so expiry and not-before are checked against a fixed instant, not the machine's time.
const NOW = new Date('2026-03-02T09:00:00Z');
const now = Math.floor(NOW.getTime() / 1000);
const ISSUER = 'https://login.microsoftonline.com/tenant-id/v2.0';
const AUDIENCE = 'api://civil-mobility';

async function setUp(clockToleranceSeconds?: number) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] });
  const verifier = new BearerTokenVerifier({
    keys,
    issuer: ISSUER,
    audience: [AUDIENCE, 'other-name'],
    clockToleranceSeconds,
    now: () => NOW,
  });
  const sign = (claims: JWTPayload) =>
    new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'user-1', iat: now, exp: now + 300, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .sign(privateKey);
  return { verifier, sign };
}

async function refusal(promise: Promise<unknown>): Promise<BearerTokenError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BearerTokenError))
    throw new Error(`expected a BearerTokenError, got ${String(error)}`);
  return error;
}

describe('BearerTokenVerifier', () => {
  it('accepts a token for any of its audiences and maps its claims', async () => {
    const { verifier, sign } = await setUp();

    await expect(verifier.verify(await sign({ roles: ['EMPLOYEE'], person_id: 'p1' }))).resolves.toEqual({
      subject: 'user-1',
      roles: ['EMPLOYEE'],
      personId: 'p1',
      crossGovernment: false,
    });
    await expect(verifier.verify(await sign({ aud: 'other-name' }))).resolves.toMatchObject({
      subject: 'user-1',
    });
  });

  it('allows a token that expired within the clock tolerance, not one that expired as long ago as the tolerance', async () => {
    const { verifier, sign } = await setUp(30);

    await expect(verifier.verify(await sign({ exp: now - 29 }))).resolves.toMatchObject({
      subject: 'user-1',
    });
    expect((await refusal(verifier.verify(await sign({ exp: now - 30 })))).kind).toBe('invalid');
  });

  it('allows the clock tolerance before not-before, and no more', async () => {
    const { verifier, sign } = await setUp(30);

    await expect(verifier.verify(await sign({ nbf: now + 30 }))).resolves.toMatchObject({
      subject: 'user-1',
    });
    expect((await refusal(verifier.verify(await sign({ nbf: now + 31 })))).kind).toBe('invalid');
  });

  it('defaults to a small tolerance of 30 s', async () => {
    const { verifier, sign } = await setUp();

    await expect(verifier.verify(await sign({ exp: now - 29 }))).resolves.toMatchObject({
      subject: 'user-1',
    });
    expect((await refusal(verifier.verify(await sign({ exp: now - 30 })))).kind).toBe('invalid');
  });

  it('keeps what failed for the log, as the detail of an invalid refusal', async () => {
    const { verifier, sign } = await setUp();

    const error = await refusal(verifier.verify(await sign({ iss: 'https://elsewhere.example' })));

    expect(error).toMatchObject({ kind: 'invalid', detail: expect.stringMatching(/iss/) });
  });

  it('says the keys are unavailable when they cannot be fetched, rather than blaming the token', async () => {
    const { sign } = await setUp();
    const unreachable = new BearerTokenVerifier({
      keys: () => Promise.reject(new TypeError('fetch failed')),
      issuer: ISSUER,
      audience: AUDIENCE,
      now: () => NOW,
    });

    expect((await refusal(unreachable.verify(await sign({})))).kind).toBe('unavailable');
  });
});
