export type PersonErrorCode =
  | 'PERSON.INVALID_STAFF_NUMBER'
  | 'PERSON.NAME_REQUIRED'
  | 'PERSON.INVALID_WORK_EMAIL'
  | 'PERSON.INVALID_DEPARTMENT_CODE'
  | 'PERSON.UNKNOWN_GRADE'
  | 'PERSON.PROFESSION_REQUIRED'
  | 'PERSON.FTE_OUT_OF_RANGE'
  | 'PERSON.INVALID_START_DATE'
  | 'PERSON.INVALID_DATE'
  | 'PERSON.UNKNOWN_PROFESSION'
  | 'PERSON.UNKNOWN_CLEARANCE'
  | 'PERSON.UNKNOWN_SKILL'
  | 'PERSON.UNKNOWN_TRACK'
  | 'PERSON.DUPLICATE_SKILL'
  | 'PERSON.INVALID_SKILL'
  | 'PERSON.EVIDENCE_REQUIRED'
  | 'PERSON.INVALID_EMPLOYMENT'
  | 'PERSON.INVALID_PREFERENCES'
  | 'PERSON.TRACK_PROFESSION_MISMATCH'
  | 'PERSON.GRADE_NOT_ON_TRACK'
  | 'PERSON.NOT_ON_TRACK'
  | 'PERSON.HAS_LEFT';

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
