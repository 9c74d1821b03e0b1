import { ReferenceDataCatalog } from '../../reference-data/application/reference-data.catalog';
import { PersonRuleViolation } from '../domain/person.errors';

/**
 * Checks values against the reference data, which HR_ADMIN can extend: the aggregate checks shape, the catalogue
 * decides what exists. Throws the same rule violation clients already handle (BAD_USER_INPUT with a reason).
 */
export async function checkReferences(
  catalog: ReferenceDataCatalog,
  values: { profession?: string; securityClearance?: string; skillCodes?: readonly string[] },
): Promise<void> {
  if (values.profession !== undefined && !(await catalog.professionNames()).has(values.profession.trim()))
    throw new PersonRuleViolation(
      'PERSON.UNKNOWN_PROFESSION',
      'profession',
      `${values.profession} is not a civil service profession`,
    );
  if (values.securityClearance && !(await catalog.clearanceLevels()).includes(values.securityClearance))
    throw new PersonRuleViolation(
      'PERSON.UNKNOWN_CLEARANCE',
      'securityClearance',
      `${values.securityClearance} is not a security clearance level`,
    );
  if (values.skillCodes && values.skillCodes.length > 0) {
    const unknown = await catalog.unknownSkillCodes(
      values.skillCodes.map((code) => code.trim().toUpperCase()),
    );
    if (unknown.length > 0)
      throw new PersonRuleViolation(
        'PERSON.UNKNOWN_SKILL',
        'skills',
        `unknown skill codes: ${unknown.join(', ')}`,
      );
  }
}
