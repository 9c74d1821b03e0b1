import { Policy } from '../policy';
import { departmentOrCrossGovernment, self } from '../scope.rules';
import { PersonRecord } from './policy-resources';

/**
 * `updatePerson` (own name and location), `setSkills`, `setSkillsToDevelop`: the profile is the person's to keep, and
 * their department's HR may keep it for them (imports, corrections). Employment fields need MANAGE_PERSON_RECORD too.
 */
export const EDIT_PERSON_PROFILE = new Policy<PersonRecord>("edit this person's profile", {
  EMPLOYEE: self((person) => person.id),
  HR_ADMIN: departmentOrCrossGovernment((person) => person.departmentCode),
});
