import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * Fields other subgraphs add to Vacancy (moves' `knownToMoves`): they hold no vacancy record to judge, and the
 * gateway reaches them only through a Vacancy that vacancies resolved under VIEW_VACANCY (drafts, cancelled and
 * own-department vacancies are refused there). Roles are listed rather than derived from ROLES, so a role added later
 * gets nothing until someone decides it should.
 */
export const READ_VACANCY = new Policy<void>('read this vacancy', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
