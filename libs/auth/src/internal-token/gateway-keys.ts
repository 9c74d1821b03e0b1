import { createRemoteJWKSet, JWTVerifyGetKey } from 'jose';

/** Where a subgraph finds the gateway's public keys: a fixed set (all-in-one, tests) or the gateway's JWKS URL. */
export type GatewayKeys = JWTVerifyGetKey;

/** jose caches the set and refetches on an unknown `kid`, so the gateway can rotate its key without restarts. */
export function remoteGatewayKeys(jwksUrl: string): GatewayKeys {
  return createRemoteJWKSet(new URL(jwksUrl));
}
