import { hasRole, Identity } from '../../identity/identity';
import { Policy, Rule } from '../policy';
import { departmentOrCrossGovernment, either, sameDepartment } from '../scope.rules';

/** An open vacancy as browsing sees it: who advertises it, and to whom. */
export interface BrowsableVacancy {
  departmentCode: string;
  visibility: string;
}

const advertisedToAll: Rule<BrowsableVacancy> = (_identity, vacancy) =>
  vacancy.visibility === 'ALL_DEPARTMENTS';
const ownDepartment = sameDepartment<BrowsableVacancy>((vacancy) => vacancy.departmentCode);
const ownDepartmentOrCrossGovernment = departmentOrCrossGovernment<BrowsableVacancy>(
  (vacancy) => vacancy.departmentCode,
);

/**
 * `vacancies(filter, search)`: every civil servant browses open vacancies. An ALL_DEPARTMENTS vacancy is for anyone
 * signed in; an OWN_DEPARTMENT one only for its department's people, and for cross-government HR admins and planners
 * (who staff across departments). SERVICE is absent on purpose: department systems take vacancies from the event
 * stream (VacancyPublished) or read one by id, they do not page a search made for people. Hiring managers browse
 * as employees do: their role widens what they manage, not what they see advertised.
 *
 * A search applies the rule as SQL: `vacancySearchScope` states it from the identity alone;
 * search-vacancies.policy.spec.ts checks that the two agree for every kind of caller.
 */
export const SEARCH_VACANCIES = new Policy<BrowsableVacancy>('search vacancies', {
  EMPLOYEE: either(advertisedToAll, ownDepartment),
  HIRING_MANAGER: either(advertisedToAll, ownDepartment),
  HR_ADMIN: either(advertisedToAll, ownDepartmentOrCrossGovernment),
  WORKFORCE_PLANNER: either(advertisedToAll, ownDepartmentOrCrossGovernment),
});

/** Which open vacancies a search may return: every one, or ALL_DEPARTMENTS ones plus one department's own. */
export type VacancySearchScope =
  { kind: 'everyone' } | { kind: 'limited'; departmentCode?: string } | { kind: 'nobody' };

export function vacancySearchScope(identity: Identity): VacancySearchScope {
  if (SEARCH_VACANCIES.screen(identity)) return { kind: 'nobody' };
  const widened = (['HR_ADMIN', 'WORKFORCE_PLANNER'] as const).some((role) => hasRole(identity, role));
  if (widened && identity.crossGovernment) return { kind: 'everyone' };
  return {
    kind: 'limited',
    ...(identity.departmentCode !== undefined ? { departmentCode: identity.departmentCode } : {}),
  };
}
