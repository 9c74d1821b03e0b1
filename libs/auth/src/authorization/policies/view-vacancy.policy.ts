import { Policy, Rule } from '../policy';
import { departmentOrCrossGovernment, either, sameDepartment } from '../scope.rules';

/** A stored vacancy as reading it is judged: whose it is, how far it is advertised, and where it is in its life. */
export interface VacancyAccess {
  departmentCode: string;
  /** ALL_DEPARTMENTS or OWN_DEPARTMENT. */
  visibility: string;
  /** DRAFT, OPEN, CLOSED, FILLED or CANCELLED. */
  status: string;
}

// Once advertised, a vacancy stays readable by id to whoever could see it when open: applicants must still see what
// they applied to after it closes or fills.
const ADVERTISED = ['OPEN', 'CLOSED', 'FILLED'];

const advertisedTo =
  (department: Rule<VacancyAccess>): Rule<VacancyAccess> =>
  (identity, vacancy) =>
    ADVERTISED.includes(vacancy.status) &&
    (vacancy.visibility === 'ALL_DEPARTMENTS' || department(identity, vacancy));

const ownDepartment = sameDepartment<VacancyAccess>((vacancy) => vacancy.departmentCode);
const ownOrCrossGovernment = departmentOrCrossGovernment<VacancyAccess>((vacancy) => vacancy.departmentCode);

/**
 * `vacancy(id)`, the Vacancy entity and vacancies' own fields on it. Advertised vacancies (open, then closed or
 * filled) are read by everyone they were advertised to: ALL_DEPARTMENTS to every signed-in caller, OWN_DEPARTMENT to
 * the department's people and to cross-government HR admins and planners. Drafts and cancelled vacancies are the
 * owning department's business: its hiring managers and HR admins (and cross-government HR admins) only.
 *
 * A vacancy the caller may not read answers FORBIDDEN, as every record in the platform does; ids are UUIDv7 and
 * unguessable, so the answer tells nothing worth the inconsistency of a NOT_FOUND that lies.
 */
export const VIEW_VACANCY = new Policy<VacancyAccess>('read this vacancy', {
  EMPLOYEE: advertisedTo(ownDepartment),
  HIRING_MANAGER: either(ownDepartment, advertisedTo(ownDepartment)),
  HR_ADMIN: either(ownOrCrossGovernment, advertisedTo(ownDepartment)),
  WORKFORCE_PLANNER: advertisedTo(ownOrCrossGovernment),
  // Department systems read what their department's people can: drafts stay with the people writing them.
  SERVICE: advertisedTo(ownDepartment),
});
