import { JWTPayload } from 'jose';
import { ANONYMOUS_SUBJECT, Identity } from '../identity/identity';
import { isRole } from '../identity/role';

/**
 * Where the identity is in the provider's token (OIDC_*_CLAIM). A name is first looked up as it is, so a claim whose
 * own name holds dots (Entra's `extn.*` directory extensions) works; failing that, dots walk into nested claims
 * (Keycloak's `realm_access.roles`).
 */
export interface ClaimNames {
  roles: string;
  personId: string;
  department: string;
  crossGovernment: string;
}

export const DEFAULT_CLAIM_NAMES: Readonly<ClaimNames> = Object.freeze({
  roles: 'roles',
  personId: 'person_id',
  department: 'department',
  crossGovernment: 'cross_government',
});

/**
 * Cross-government scope can also come as an app role: Entra ID emits app roles without any claims-mapping policy,
 * whereas a custom boolean claim needs a directory extension. It is a scope, not a Role, so it never lands in `roles`.
 */
export const CROSS_GOVERNMENT_APP_ROLE = 'CROSS_GOVERNMENT';

export class InvalidClaimsError extends Error {}

export function claimAt(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A list claim; some providers send a single value as a bare string. Anything that is not a string is dropped. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The caller as the platform knows them, from a verified token. Role values must be exactly our names (`HR_ADMIN`);
 * anything else the provider sends (other applications' roles, typos) is ignored rather than guessed at, so a role
 * can only be granted by assigning that exact app role.
 */
export function identityFromClaims(payload: JWTPayload, names: ClaimNames = DEFAULT_CLAIM_NAMES): Identity {
  const subject = textOf(payload.sub);
  if (!subject) throw new InvalidClaimsError('the token has no subject (sub)');
  // `anonymous` is how the platform marks a caller without a token; a provider's user must never be mistaken for one.
  if (subject === ANONYMOUS_SUBJECT)
    throw new InvalidClaimsError(`the subject "${ANONYMOUS_SUBJECT}" is reserved`);
  const values = stringsOf(claimAt(payload, names.roles));
  const crossGovernmentClaim = claimAt(payload, names.crossGovernment);
  const personId = textOf(claimAt(payload, names.personId));
  const departmentCode = textOf(claimAt(payload, names.department));
  return {
    subject,
    roles: [...new Set(values.filter(isRole))],
    ...(personId ? { personId } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    crossGovernment:
      crossGovernmentClaim === true ||
      crossGovernmentClaim === 'true' ||
      values.includes(CROSS_GOVERNMENT_APP_ROLE),
  };
}
