import { Identity } from '../identity/identity';
import { isRole } from '../identity/role';

/** Who signs internal tokens; subgraphs accept no other issuer. */
export const INTERNAL_TOKEN_ISSUER = 'civil-mobility-gateway';
/** Long enough for one federated request to fan out; short enough that a leaked token is soon useless. */
export const INTERNAL_TOKEN_LIFETIME_SECONDS = 60;
export const INTERNAL_TOKEN_ALGORITHM = 'ES256';

/** The identity as private claims. Short names keep the header small; every subgraph call carries it. */
export interface InternalTokenClaims {
  roles: string[];
  pid?: string;
  dept?: string;
  xgov?: boolean;
}

export function claimsOf(identity: Identity): InternalTokenClaims {
  return {
    roles: [...identity.roles],
    ...(identity.personId ? { pid: identity.personId } : {}),
    ...(identity.departmentCode ? { dept: identity.departmentCode } : {}),
    ...(identity.crossGovernment ? { xgov: true } : {}),
  };
}

export function identityOf(subject: string, claims: Partial<InternalTokenClaims>): Identity {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  return {
    subject,
    roles,
    ...(typeof claims.pid === 'string' ? { personId: claims.pid } : {}),
    ...(typeof claims.dept === 'string' ? { departmentCode: claims.dept } : {}),
    crossGovernment: claims.xgov === true,
  };
}
