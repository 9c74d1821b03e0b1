import { JSONWebKeySet, SignJWT } from 'jose';
import { Role } from '../identity/role';
import {
  generateInternalSigningKey,
  importSigningKey,
  localKeySet,
  publicJwksOf,
} from '../internal-token/internal-keys';
import { InternalSigningJwk, SigningKey } from '../internal-token/internal-keys';
import { DEFAULT_CLAIM_NAMES } from '../oidc/bearer-token.claims';
import { BearerTokenVerifier } from '../oidc/bearer-token.verifier';
import { devIssuerKeyPath } from './dev-key-files';
import { loadOrCreateKeyFile } from './key-file.store';

/** Not a URL, so a development token can never be mistaken for one from a real provider. */
export const DEV_ISSUER = 'urn:civil-mobility:dev-issuer';
export const DEV_AUDIENCE = 'urn:civil-mobility:gateway';
export const DEV_TOKEN_ALGORITHM = 'ES256';
/** A working day: long enough not to interrupt someone trying the platform out. */
export const DEFAULT_DEV_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** Who a development token is for. */
export interface DevTokenRequest {
  roles: readonly Role[];
  personId?: string;
  departmentCode?: string;
  crossGovernment?: boolean;
  /** Default: made from the other parts (see devSubjectOf), so the audit trail shows who it stood for. */
  subject?: string;
  ttlSeconds?: number;
}

export function devSubjectOf(request: DevTokenRequest): string {
  if (request.subject) return request.subject;
  if (request.personId) return `dev:person:${request.personId}`;
  const scope = request.crossGovernment ? 'cross-government' : (request.departmentCode ?? 'no-department');
  return `dev:${request.roles.map((role) => role.toLowerCase().replace(/_/g, '-')).join('+') || 'no-role'}@${scope}`;
}

/**
 * The local identity provider of development mode (never production): signs tokens the way an OIDC provider would,
 * with the claim names an OIDC provider is expected to use by default, and hands the gateway a verifier for them
 * that runs the very code OIDC tokens go through, with the issuer's keys in memory instead of fetched.
 */
export class DevIssuer {
  private constructor(
    private readonly jwk: InternalSigningJwk,
    private readonly key: SigningKey,
    private readonly now: () => Date,
    /** True when this start generated the key. */
    readonly created: boolean,
  ) {}

  /** The key pair under DATA_DIR (`identity/dev-issuer.jwk.json`), generated on first use. */
  static async open(dataDir: string, now: () => Date = () => new Date()): Promise<DevIssuer> {
    const { jwk, created } = await loadOrCreateKeyFile(devIssuerKeyPath(dataDir), generateInternalSigningKey);
    return new DevIssuer(jwk, await importSigningKey(jwk), now, created);
  }

  publicJwks(): JSONWebKeySet {
    return publicJwksOf(this.jwk);
  }

  verifier(now: () => Date = this.now): BearerTokenVerifier {
    return new BearerTokenVerifier({
      keys: localKeySet(this.publicJwks()),
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      now,
    });
  }

  async issue(request: DevTokenRequest): Promise<string> {
    const issuedAt = Math.floor(this.now().getTime() / 1000);
    const names = DEFAULT_CLAIM_NAMES;
    return new SignJWT({
      [names.roles]: [...request.roles],
      ...(request.personId ? { [names.personId]: request.personId } : {}),
      ...(request.departmentCode ? { [names.department]: request.departmentCode } : {}),
      ...(request.crossGovernment ? { [names.crossGovernment]: true } : {}),
    })
      .setProtectedHeader({ alg: DEV_TOKEN_ALGORITHM, kid: this.jwk.kid, typ: 'JWT' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject(devSubjectOf(request))
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + (request.ttlSeconds ?? DEFAULT_DEV_TOKEN_TTL_SECONDS))
      .sign(this.key);
  }
}
