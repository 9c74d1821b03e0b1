import { DepartmentRuleViolation } from './department.errors';
import { isOrganisationType, OrganisationType } from './organisation-type';

/** An organisation vacancies knows: a department, an agency or another body, and the one it reports to. */
export interface Department {
  /** Short code, e.g. HMRC, DfE: letters only, as every service holds it. */
  code: string;
  name: string;
  type: OrganisationType;
  parentCode: string | null;
}

/** Letters only, 2 to 16: the shape every service accepts for a department code (vacancies, people's import). */
export const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;

/** A new organisation as cross-government HR adds it; whether the code is free and the parent exists is storage's. */
export function newOrganisation(props: {
  code: string;
  name: string;
  type: string;
  parentCode?: string | null;
}): Department {
  const code = props.code.trim();
  const name = props.name.trim();
  if (!DEPARTMENT_CODE.test(code))
    throw new DepartmentRuleViolation('DEPARTMENT.INVALID_CODE', 'code', 'A code is 2 to 16 letters');
  if (name.length === 0 || name.length > 200)
    throw new DepartmentRuleViolation('DEPARTMENT.NAME_REQUIRED', 'name', 'A name is 1 to 200 characters');
  if (!isOrganisationType(props.type))
    throw new DepartmentRuleViolation(
      'DEPARTMENT.UNKNOWN_TYPE',
      'type',
      `Unknown organisation type ${props.type}`,
    );
  const parentCode = props.parentCode?.trim() || null;
  if (parentCode !== null && parentCode.toLowerCase() === code.toLowerCase())
    throw new DepartmentRuleViolation(
      'DEPARTMENT.OWN_PARENT',
      'parentCode',
      'An organisation cannot be its own parent',
    );
  return { code, name, type: props.type, parentCode };
}
