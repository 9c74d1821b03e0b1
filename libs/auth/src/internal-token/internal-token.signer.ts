import { SignJWT } from 'jose';
import { Identity } from '../identity/identity';
import { InternalSigningJwk, importSigningKey, SigningKey } from './internal-keys';
import {
  claimsOf,
  INTERNAL_TOKEN_ALGORITHM,
  INTERNAL_TOKEN_ISSUER,
  INTERNAL_TOKEN_LIFETIME_SECONDS,
} from './internal-token.claims';

/**
 * Signs the caller's identity for one subgraph (the audience), so a token captured on the way to one subgraph is
 * useless at another and expires within a minute.
 */
export class InternalTokenSigner {
  private constructor(
    private readonly key: SigningKey,
    private readonly kid: string,
    private readonly now: () => Date,
  ) {}

  static async fromJwk(jwk: InternalSigningJwk, now: () => Date = () => new Date()): Promise<InternalTokenSigner> {
    return new InternalTokenSigner(await importSigningKey(jwk), jwk.kid, now);
  }

  async sign(identity: Identity, audience: string): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    return new SignJWT({ ...claimsOf(identity) })
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALGORITHM, kid: this.kid, typ: 'JWT' })
      .setIssuer(INTERNAL_TOKEN_ISSUER)
      .setAudience(audience)
      .setSubject(identity.subject)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + INTERNAL_TOKEN_LIFETIME_SECONDS)
      .sign(this.key);
  }
}
