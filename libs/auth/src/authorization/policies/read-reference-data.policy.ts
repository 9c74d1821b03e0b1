import { Policy } from '../policy';
import { anyone } from '../scope.rules';

/**
 * `grades`, `professions`, `skills`, `specialistTracks`, `clearanceLevels`, `referenceDataVersion`: the shared lists
 * every form and department system needs, with nothing about anyone in them, so every signed-in role may read them.
 */
export const READ_REFERENCE_DATA = new Policy<void>('read the reference data', {
  EMPLOYEE: anyone,
  HIRING_MANAGER: anyone,
  HR_ADMIN: anyone,
  WORKFORCE_PLANNER: anyone,
  SERVICE: anyone,
});
