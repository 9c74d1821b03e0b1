export type PersonErrorCode =
  | 'PERSON.INVALID_STAFF_NUMBER'
  | 'PERSON.NAME_REQUIRED'
  | 'PERSON.INVALID_WORK_EMAIL'
  | 'PERSON.INVALID_DEPARTMENT_CODE'
  | 'PERSON.UNKNOWN_GRADE'
  | 'PERSON.PROFESSION_REQUIRED'
  | 'PERSON.FTE_OUT_OF_RANGE'
  | 'PERSON.INVALID_START_DATE';

/** A person rule was broken. The code is stable for clients; `field` names the offending property. */
export class PersonRuleViolation extends Error {
  constructor(
    readonly code: PersonErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PersonRuleViolation';
  }
}
