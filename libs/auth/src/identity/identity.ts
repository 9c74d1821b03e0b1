import { Role } from './role';

/** Who is calling, as established by the gateway from the caller's bearer token. */
export interface Identity {
  /** The token's subject; `anonymous` when the caller sent no token. Rate limits and the audit trail key on it. */
  subject: string;
  roles: readonly Role[];
  /** The civil servant the caller is, when they are one (EMPLOYEE scope: themself). */
  personId?: string;
  /** The department the caller's department-scoped roles apply to. */
  departmentCode?: string;
  /** A WORKFORCE_PLANNER (or HR_ADMIN) whose scope is the whole civil service, not one department. */
  crossGovernment: boolean;
}

export const ANONYMOUS_SUBJECT = 'anonymous';

export const ANONYMOUS: Identity = Object.freeze({ subject: ANONYMOUS_SUBJECT, roles: [], crossGovernment: false });

export function isAnonymous(identity: Identity): boolean {
  return identity.subject === ANONYMOUS_SUBJECT;
}

export function hasRole(identity: Identity, role: Role): boolean {
  return identity.roles.includes(role);
}
