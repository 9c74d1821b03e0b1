import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * `vacancy(id)`, the Vacancy entity and fields other subgraphs add to it: employees browse opportunities across every
 * department, so every role may. Visibility rules (drafts, closed vacancies) arrive with the vacancies issue. Roles
 * are listed rather than derived from ROLES, so a role added later gets nothing until someone decides it should.
 */
export const READ_VACANCY = new Policy<void>('read this vacancy', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
