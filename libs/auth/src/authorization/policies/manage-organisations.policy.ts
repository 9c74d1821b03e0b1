import { Policy } from '../policy';
import { crossGovernmentOnly } from '../scope.rules';

/**
 * `addOrganisation`: the list of organisations is shared by every department (vacancies, moves and capacity all name
 * them), like the reference data, so only cross-government HR may add to it.
 */
export const MANAGE_ORGANISATIONS = new Policy<void>('add an organisation', {
  HR_ADMIN: crossGovernmentOnly,
});
