import { errors, jwtVerify, JWTVerifyGetKey } from 'jose';
import { Identity } from '../identity/identity';
import {
  ClaimNames,
  DEFAULT_CLAIM_NAMES,
  identityFromClaims,
  InvalidClaimsError,
} from './bearer-token.claims';

/**
 * What providers sign access tokens with (Entra ID: RS256). Pinned, so `alg: none` and an HS256 token "signed" with
 * the provider's public key as the HMAC secret are refused before any key is looked up.
 */
export const BEARER_TOKEN_ALGORITHMS = ['RS256', 'ES256'] as const;
/** Enough for servers whose clocks drift apart by a few seconds; small, so an expired token is soon refused. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/**
 * `invalid`: the token is refused (401). `unavailable`: it could not be checked because the provider's keys could
 * not be fetched (503): the caller's token may be fine, so telling them to sign in again would not help.
 */
export class BearerTokenError extends Error {
  constructor(
    readonly kind: 'invalid' | 'unavailable',
    /** For the gateway's log only: jose's reason can describe the token and the keys. */
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'BearerTokenError';
  }
}

export interface BearerTokenVerifierOptions {
  /** The provider's public keys: remoteOidcKeys(OIDC_JWKS_URL), or a local set (the development issuer, tests). */
  keys: JWTVerifyGetKey;
  issuer: string;
  /** One audience, or several when a provider issues the same API tokens under two names (Entra v1 and v2). */
  audience: string | string[];
  claimNames?: ClaimNames;
  clockToleranceSeconds?: number;
  now?: () => Date;
}

function fetchingKeysFailed(error: unknown): boolean {
  if (!(error instanceof errors.JOSEError)) return true; // fetch itself failed: the provider is unreachable
  return (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    // jose reports a non-200 or non-JSON JWKS response with its generic error, and nothing about a token does.
    error.code === errors.JOSEError.code
  );
}

/** Checks a caller's bearer token from the identity provider and says who they are. One code path for every issuer. */
export class BearerTokenVerifier {
  private readonly claimNames: ClaimNames;
  private readonly clockTolerance: number;
  private readonly now: () => Date;

  constructor(private readonly options: BearerTokenVerifierOptions) {
    this.claimNames = options.claimNames ?? DEFAULT_CLAIM_NAMES;
    this.clockTolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    this.now = options.now ?? (() => new Date());
  }

  get issuer(): string {
    return this.options.issuer;
  }

  async verify(token: string): Promise<Identity> {
    try {
      const { payload } = await jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...BEARER_TOKEN_ALGORITHMS],
        // A token without an expiry would be good forever.
        requiredClaims: ['sub', 'exp'],
        clockTolerance: this.clockTolerance,
        currentDate: this.now(),
      });
      return identityFromClaims(payload, this.claimNames);
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new BearerTokenError('invalid', error.message);
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new BearerTokenError(fetchingKeysFailed(error) ? 'unavailable' : 'invalid', detail);
    }
  }
}
