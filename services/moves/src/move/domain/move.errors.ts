export type MoveErrorCode =
  | 'MOVE.INVALID_KIND'
  | 'MOVE.PERSON_LEFT'
  | 'MOVE.GRADE_MISMATCH'
  | 'MOVE.VACANCY_NOT_OPEN'
  | 'MOVE.PROMOTION_NEEDS_APPLICATION'
  | 'MOVE.SAME_DEPARTMENT'
  | 'MOVE.INVALID_DATES'
  | 'MOVE.END_DATE_REQUIRED'
  | 'MOVE.END_DATE_NOT_ALLOWED'
  | 'MOVE.LOAN_NEEDS_JUSTIFICATION'
  | 'MOVE.SECONDMENT_IN_TOO_LONG'
  | 'MOVE.HOURS_REQUIRED'
  | 'MOVE.REASON_REQUIRED'
  | 'MOVE.INVALID_TRANSITION'
  | 'MOVE.TENURE_HOLD'
  | 'MOVE.AGREEMENT_NOT_NEEDED'
  | 'MOVE.ALREADY_AGREED'
  | 'MOVE.NOT_YET_DUE'
  | 'MOVE.NOT_TEMPORARY'
  | 'MOVE.ONLY_LOANS_MADE_PERMANENT';

/** A move rule was broken. The code is stable for clients; `field` names the offending property when there is one. */
export class MoveRuleViolation extends Error {
  constructor(
    readonly code: MoveErrorCode,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'MoveRuleViolation';
  }
}
