import { hasRole, Identity } from '@civil/auth';
import { ApprovalScope, MoveReadScope } from './move-view';

/**
 * READ_MOVE as a filter for lists (libs/auth move.policies: the same rules, applied in SQL): a cross-government HR
 * admin or planner sees every move; department roles see their department's, in or out; an employee their own.
 */
export function readScopeFor(identity: Identity): MoveReadScope {
  const crossGovernment =
    identity.crossGovernment && (hasRole(identity, 'HR_ADMIN') || hasRole(identity, 'WORKFORCE_PLANNER'));
  if (crossGovernment) return { everything: true };
  const departmentRoles = ['HIRING_MANAGER', 'HR_ADMIN', 'WORKFORCE_PLANNER', 'SERVICE'] as const;
  const departments =
    identity.departmentCode && departmentRoles.some((role) => hasRole(identity, role))
      ? [identity.departmentCode]
      : [];
  const personId = hasRole(identity, 'EMPLOYEE') ? identity.personId : undefined;
  return personId === undefined ? { departments } : { departments, personId };
}

/** What waits for the caller: RELEASE_FOR_MOVE, ACCEPT_MOVE, RELEASE_TENURE_HOLD and consent, as the policies say. */
export function approvalScopeFor(identity: Identity): ApprovalScope {
  const own = identity.departmentCode ? [identity.departmentCode] : [];
  const wide = (role: 'HR_ADMIN' | 'WORKFORCE_PLANNER') =>
    hasRole(identity, role) && identity.crossGovernment;
  const departmentFor = (...roles: ('HIRING_MANAGER' | 'HR_ADMIN' | 'WORKFORCE_PLANNER')[]) =>
    roles.some((role) => hasRole(identity, role)) ? own : [];
  return {
    personId: hasRole(identity, 'EMPLOYEE') ? identity.personId : undefined,
    releaseFor:
      wide('HR_ADMIN') || wide('WORKFORCE_PLANNER')
        ? 'ALL'
        : departmentFor('HIRING_MANAGER', 'HR_ADMIN', 'WORKFORCE_PLANNER'),
    acceptFor: wide('HR_ADMIN') ? 'ALL' : departmentFor('HIRING_MANAGER', 'HR_ADMIN'),
    tenureHoldsFor: wide('WORKFORCE_PLANNER') ? 'ALL' : departmentFor('WORKFORCE_PLANNER'),
  };
}
