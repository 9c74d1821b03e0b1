export type DepartmentErrorCode =
  | 'DEPARTMENT.INVALID_CODE'
  | 'DEPARTMENT.NAME_REQUIRED'
  | 'DEPARTMENT.UNKNOWN_TYPE'
  | 'DEPARTMENT.OWN_PARENT'
  | 'ESTABLISHMENT.UNKNOWN_GRADE'
  | 'ESTABLISHMENT.PROFESSION_REQUIRED'
  | 'ESTABLISHMENT.FTE_OUT_OF_RANGE'
  | 'ESTABLISHMENT.INVALID_DATE';

/** A department or establishment rule was broken. The code is stable for clients; `field` names the property. */
export class DepartmentRuleViolation extends Error {
  constructor(
    readonly code: DepartmentErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DepartmentRuleViolation';
  }
}
