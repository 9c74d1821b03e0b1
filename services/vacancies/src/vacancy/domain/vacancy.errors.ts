export type VacancyErrorCode =
  | 'VACANCY.INVALID_DEPARTMENT_CODE'
  | 'VACANCY.UNKNOWN_DEPARTMENT'
  | 'VACANCY.TITLE_REQUIRED'
  | 'VACANCY.DESCRIPTION_REQUIRED'
  | 'VACANCY.UNKNOWN_GRADE'
  | 'VACANCY.PROFESSION_REQUIRED'
  | 'VACANCY.POSTS_OUT_OF_RANGE'
  | 'VACANCY.POSTS_BELOW_TAKEN'
  | 'VACANCY.FTE_OUT_OF_RANGE'
  | 'VACANCY.INVALID_SPECIALISM'
  | 'VACANCY.UNKNOWN_MOVE_KIND'
  | 'VACANCY.INVALID_LOCATIONS'
  | 'VACANCY.INVALID_SKILLS'
  | 'VACANCY.UNKNOWN_BEHAVIOUR'
  | 'VACANCY.UNKNOWN_CLEARANCE'
  | 'VACANCY.INVALID_CLOSING_DATE'
  | 'VACANCY.DURATION_OUT_OF_RANGE'
  | 'VACANCY.INVALID_LOAN_JUSTIFICATION'
  | 'VACANCY.HOURS_OUT_OF_RANGE'
  | 'VACANCY.UNKNOWN_VISIBILITY'
  | 'VACANCY.CANCELLATION_REASON_REQUIRED'
  | 'VACANCY.INCOMPLETE'
  | 'VACANCY.NOT_EDITABLE'
  | 'VACANCY.INVALID_TRANSITION';

/** A vacancy rule was broken. The code is stable for clients; `field` names the offending property. */
export class VacancyRuleViolation extends Error {
  constructor(
    readonly code: VacancyErrorCode,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'VacancyRuleViolation';
  }
}

/** What keeps a vacancy from opening: one entry per field, each saying what is wrong with it. */
export interface MissingItem {
  field: string;
  problem: string;
}

/**
 * publish (or a change to an open vacancy) found the vacancy incomplete or inconsistent. Lists everything at once, so
 * the hiring manager fixes the draft in one go rather than one field per attempt.
 */
export class VacancyIncomplete extends VacancyRuleViolation {
  constructor(readonly missing: MissingItem[]) {
    super(
      'VACANCY.INCOMPLETE',
      undefined,
      `The vacancy cannot be open yet: ${missing.map((item) => `${item.field} ${item.problem}`).join('; ')}`,
    );
    this.name = 'VacancyIncomplete';
  }

  /**
   * Passed to clients as extensions: `missing` names the fields, `problems` says what is wrong with each, so a form
   * can mark them all at once.
   */
  get details(): Record<string, unknown> {
    return { missing: [...new Set(this.missing.map((item) => item.field))], problems: this.missing };
  }
}
