import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * The Department entity itself (its code, resolved for another subgraph): a department's code is public knowledge.
 * What is behind it (`headcount`, `people`) has policies of its own.
 */
export const READ_DEPARTMENT = new Policy<void>('read this department', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
