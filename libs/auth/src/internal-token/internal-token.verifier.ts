import { JSONWebKeySet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Identity } from '../identity/identity';
import { localKeySet } from './internal-keys';
import { identityOf, INTERNAL_TOKEN_ALGORITHM, INTERNAL_TOKEN_ISSUER, InternalTokenClaims } from './internal-token.claims';

export class InternalTokenError extends Error {}

/** How a subgraph checks that a request really comes through the gateway, for it. */
export class InternalTokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    /** The subgraph's own name: a token signed for another subgraph is refused. */
    readonly audience: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  static fromJwks(jwks: JSONWebKeySet, audience: string, now?: () => Date): InternalTokenVerifier {
    return new InternalTokenVerifier(localKeySet(jwks), audience, now);
  }

  async verify(token: string): Promise<Identity> {
    try {
      const { payload } = await jwtVerify<InternalTokenClaims>(token, this.keys, {
        issuer: INTERNAL_TOKEN_ISSUER,
        audience: this.audience,
        // Pinning the algorithm refuses `alg: none` and HS256-signed-with-the-public-key tokens.
        algorithms: [INTERNAL_TOKEN_ALGORITHM],
        requiredClaims: ['sub', 'exp', 'iat'],
        currentDate: this.now(),
        clockTolerance: 5,
      });
      return identityOf(payload.sub as string, payload);
    } catch (error) {
      throw new InternalTokenError(error instanceof Error ? error.message : String(error));
    }
  }
}
