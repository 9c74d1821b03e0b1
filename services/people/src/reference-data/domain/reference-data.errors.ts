export type ReferenceDataErrorCode =
  | 'REFERENCE_DATA.INVALID_PROFESSION_NAME'
  | 'REFERENCE_DATA.UNKNOWN_PROFESSION_GROUP'
  | 'REFERENCE_DATA.INVALID_SKILL_CODE'
  | 'REFERENCE_DATA.INVALID_FRAMEWORK'
  | 'REFERENCE_DATA.BEHAVIOUR_CODE_MISMATCH'
  | 'REFERENCE_DATA.NAME_REQUIRED'
  | 'REFERENCE_DATA.INVALID_TRACK_CODE'
  | 'REFERENCE_DATA.UNKNOWN_GRADE'
  | 'REFERENCE_DATA.UNKNOWN_PROFESSION'
  | 'REFERENCE_DATA.LADDER_NOT_CONSECUTIVE'
  | 'REFERENCE_DATA.MINIMUM_MONTHS_OUT_OF_RANGE';

/** A reference-data rule was broken. The code is stable for clients; `field` names the offending property. */
export class ReferenceDataRuleViolation extends Error {
  constructor(
    readonly code: ReferenceDataErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ReferenceDataRuleViolation';
  }
}
