import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * The Department entity itself (`departments`, `department`, and the entity resolved for another subgraph): an
 * organisation's code, name, type and parent are public knowledge (gov.uk lists them). What is behind it
 * (`headcount`, `people`, `establishment`) has policies of its own.
 */
export const READ_DEPARTMENT = new Policy<void>('read this department', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
