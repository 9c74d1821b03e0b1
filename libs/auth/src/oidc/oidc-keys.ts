import { createRemoteJWKSet, JWTVerifyGetKey } from 'jose';

/**
 * The provider's signing keys from its JWKS endpoint. jose caches them (10 minutes) and refetches on an unknown `kid`
 * at most every 30 s, so the provider can rotate keys without a restart and a flood of made-up `kid`s cannot turn
 * the gateway into a load generator against the provider. A short timeout: callers wait on it.
 */
export function remoteOidcKeys(jwksUrl: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3_000, cooldownDuration: 30_000 });
}
