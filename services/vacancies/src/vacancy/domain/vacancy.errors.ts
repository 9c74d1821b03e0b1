export type VacancyErrorCode =
  | 'VACANCY.INVALID_DEPARTMENT_CODE'
  | 'VACANCY.TITLE_REQUIRED'
  | 'VACANCY.DESCRIPTION_REQUIRED'
  | 'VACANCY.UNKNOWN_GRADE'
  | 'VACANCY.PROFESSION_REQUIRED'
  | 'VACANCY.POSTS_OUT_OF_RANGE'
  | 'VACANCY.FTE_OUT_OF_RANGE';

/** A vacancy rule was broken. The code is stable for clients; `field` names the offending property. */
export class VacancyRuleViolation extends Error {
  constructor(
    readonly code: VacancyErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'VacancyRuleViolation';
  }
}
