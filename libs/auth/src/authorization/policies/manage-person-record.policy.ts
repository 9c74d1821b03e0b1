import { Policy } from '../policy';
import { departmentOrCrossGovernment } from '../scope.rules';
import { PersonRecord } from './policy-resources';

/**
 * `updatePerson` on employment fields (department, grade, profession, FTE, employment, clearance, start date, email),
 * `recordLeaver`, `joinSpecialistTrack`, `leaveSpecialistTrack`: the record of employment is HR's, in the person's
 * department (or cross-government). Moving someone to another department needs this policy on both departments.
 */
export const MANAGE_PERSON_RECORD = new Policy<PersonRecord>("manage this person's employment record", {
  HR_ADMIN: departmentOrCrossGovernment((person) => person.departmentCode),
});
