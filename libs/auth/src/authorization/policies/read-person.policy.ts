import { Policy } from '../policy';
import { departmentOrCrossGovernment, self } from '../scope.rules';
import { PersonRecord } from './policy-resources';

/**
 * `person(id)`, the Person entity wherever federation resolves it, and fields other subgraphs add to Person
 * (`knownToMoves`): a person's record is theirs, their department HR's and their workforce planners'. Hiring managers
 * will see applicants through their own operation, not this one.
 */
export const READ_PERSON = new Policy<PersonRecord>('read this person', {
  EMPLOYEE: self((person) => person.id),
  HR_ADMIN: departmentOrCrossGovernment((person) => person.departmentCode),
  WORKFORCE_PLANNER: departmentOrCrossGovernment((person) => person.departmentCode),
});
