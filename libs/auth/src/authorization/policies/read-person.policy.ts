import { Policy } from '../policy';
import { consentedToShare, departmentOrCrossGovernment, either, self } from '../scope.rules';
import { PersonRecord } from './policy-resources';

/**
 * `person(id)`, the Person entity wherever federation resolves it, and fields other subgraphs add to Person
 * (`knownToMoves`): a person's record is theirs, their department HR's and their workforce planners'. Other
 * departments' HR, hiring managers and planners see it only when the person consents to share their profile across
 * departments. Hiring managers will also see their applicants: that rule is added here when applications exist.
 */
const consented = consentedToShare<PersonRecord>(
  (person) => person.preferences?.shareProfileAcrossDepartments,
);

export const READ_PERSON = new Policy<PersonRecord>('read this person', {
  EMPLOYEE: self((person) => person.id),
  // TODO(applications): HIRING_MANAGER may also read a person who applied to one of their vacancies.
  HIRING_MANAGER: consented,
  HR_ADMIN: either(
    departmentOrCrossGovernment((person) => person.departmentCode),
    consented,
  ),
  WORKFORCE_PLANNER: either(
    departmentOrCrossGovernment((person) => person.departmentCode),
    consented,
  ),
});
