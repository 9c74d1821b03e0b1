import { Policy } from '../policy';
import { crossGovernmentOnly } from '../scope.rules';

/**
 * `addProfession`, `addSkill`, `addSpecialistTrack`, `updateSpecialistTrack`: the reference data is one set shared by
 * every department (a profession or a track's minimum term means the same in HMRC and DWP), so only cross-government
 * HR may change it; a department's HR admin asks them.
 */
export const MANAGE_REFERENCE_DATA = new Policy<void>('change the reference data', {
  HR_ADMIN: crossGovernmentOnly,
});
