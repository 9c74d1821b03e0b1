import { Identity } from '../../identity/identity';
import { Policy } from '../policy';
import { anyone, departmentOrCrossGovernment, sameDepartment } from '../scope.rules';
import { DepartmentScoped } from './policy-resources';

const departmentOf = (department: DepartmentScoped) => department.departmentCode;

/**
 * `Department.capacity`, `capacityForecast` and what lies behind their figures: workforce planning (DOMAIN.md, the
 * workforce planner "sees capacity against funded posts"). It drills down to names (who is away on loan, who is
 * arriving), so, like the headcount, it is for the department's planners and HR (every department's when
 * cross-government) and its own systems (DOMAIN.md: department systems read capacity). Not for hiring managers: they
 * see their vacancies' applicants and the funded posts (READ_ESTABLISHMENT), not who else is coming and going.
 */
export const READ_CAPACITY = new Policy<DepartmentScoped>("read this department's capacity", {
  HR_ADMIN: departmentOrCrossGovernment(departmentOf),
  WORKFORCE_PLANNER: departmentOrCrossGovernment(departmentOf),
  SERVICE: sameDepartment(departmentOf),
});

/**
 * `capacityOverview`: the same roles may ask; each sees the departments READ_CAPACITY lets them read (see
 * capacityDepartmentsOf), applied in the query, as lists of moves are.
 */
export const READ_CAPACITY_OVERVIEW = new Policy<void>('read the capacity overview', {
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});

/** The departments whose capacity the caller may read: every one (`'ALL'`), or theirs, or none. */
export function capacityDepartmentsOf(identity: Identity): 'ALL' | string[] {
  const crossGovernment = identity.roles.some(
    (role) => (role === 'HR_ADMIN' || role === 'WORKFORCE_PLANNER') && identity.crossGovernment,
  );
  if (crossGovernment) return 'ALL';
  const { departmentCode } = identity;
  return departmentCode !== undefined && READ_CAPACITY.allows(identity, { departmentCode })
    ? [departmentCode]
    : [];
}
