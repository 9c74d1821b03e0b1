import { hasRole, Identity } from '../../identity/identity';
import { Policy, Rule } from '../policy';
import { consentedToShare, departmentOrCrossGovernment, either } from '../scope.rules';
import { SearchablePerson } from './policy-resources';

/**
 * Consent makes someone findable while they are in the civil service: once they have left they are nobody's candidate,
 * so a search stops offering them to other departments (READ_PERSON still lets a holder of the id read the record).
 */
const sharedAcrossDepartments: Rule<SearchablePerson> = consentedToShare(
  (person) => person.shareProfileAcrossDepartments && person.status !== 'LEFT',
);

const ownDepartmentOrShared = either(
  departmentOrCrossGovernment<SearchablePerson>((person) => person.departmentCode),
  sharedAcrossDepartments,
);

/**
 * `people(filter)` and `Department.people`: which people a caller finds. HR admins and workforce planners find their
 * department's people (every department when cross-government), plus anyone elsewhere who consented to share their
 * profile across departments; hiring managers find only people who consented (applicants to their vacancies will be
 * added when applications exist). EMPLOYEE is deliberately absent: searching colleagues is a staffing tool, and an
 * employee reads their own record through `person(id)` and `myData`. SERVICE is absent: department systems read
 * capacity, not profiles.
 *
 * A search cannot apply this rule row by row at 520,000 people: `peopleSearchScope` below states the same rule as a
 * scope the query builder turns into SQL, and policies.spec.ts checks that the two agree for every caller.
 */
export const SEARCH_PEOPLE = new Policy<SearchablePerson>('search people', {
  HIRING_MANAGER: sharedAcrossDepartments,
  HR_ADMIN: ownDepartmentOrShared,
  WORKFORCE_PLANNER: ownDepartmentOrShared,
});

/** Whom a search may return, derived from the identity alone: no I/O, the query builder turns it into a WHERE clause. */
export type PeopleSearchScope =
  | { kind: 'everyone' }
  /** `departmentCode`'s people (any status), plus, when `shared`, anyone who consented and has not left. */
  | { kind: 'limited'; departmentCode?: string; shared: boolean }
  | { kind: 'nobody' };

export function peopleSearchScope(identity: Identity): PeopleSearchScope {
  if (SEARCH_PEOPLE.screen(identity)) return { kind: 'nobody' };
  const departmental = (['HR_ADMIN', 'WORKFORCE_PLANNER'] as const).filter((role) => hasRole(identity, role));
  if (departmental.length > 0 && identity.crossGovernment) return { kind: 'everyone' };
  return {
    kind: 'limited',
    ...(departmental.length > 0 && identity.departmentCode !== undefined
      ? { departmentCode: identity.departmentCode }
      : {}),
    // Every role of the policy finds consenting people.
    shared: true,
  };
}
