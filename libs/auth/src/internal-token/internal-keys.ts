import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK, JSONWebKeySet, JWK, JWTVerifyGetKey } from 'jose';
import { randomUUID } from 'node:crypto';
import { INTERNAL_TOKEN_ALGORITHM } from './internal-token.claims';

/** What jose signs with (a CryptoKey on Node 20). */
export type SigningKey = Awaited<ReturnType<typeof importJWK>>;

/** The gateway's signing key for internal tokens, as a private JWK with a `kid` (kept secret: INTERNAL_SIGNING_KEY). */
export type InternalSigningJwk = JWK & { kid: string; d: string };

export async function generateInternalSigningKey(): Promise<InternalSigningJwk> {
  const { privateKey } = await generateKeyPair(INTERNAL_TOKEN_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: INTERNAL_TOKEN_ALGORITHM, use: 'sig', kid: randomUUID() } as InternalSigningJwk;
}

/** The public half, published by the gateway at /.well-known/jwks.json for the subgraphs. */
export function publicJwksOf(...keys: InternalSigningJwk[]): JSONWebKeySet {
  return { keys: keys.map(({ d: _private, ...publicPart }) => publicPart) };
}

export function parseSigningJwk(json: string): InternalSigningJwk {
  const jwk = JSON.parse(json) as Partial<InternalSigningJwk>;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.kid) {
    throw new Error('must be a private EC P-256 JWK with a kid (generate one with `npm run token -- --new-signing-key`)');
  }
  return jwk as InternalSigningJwk;
}

export async function importSigningKey(jwk: InternalSigningJwk): Promise<SigningKey> {
  return (await importJWK(jwk, INTERNAL_TOKEN_ALGORITHM)) as SigningKey;
}

export function localKeySet(jwks: JSONWebKeySet): JWTVerifyGetKey {
  return createLocalJWKSet(jwks);
}
