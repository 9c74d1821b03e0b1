export type ApplicationErrorCode =
  | 'APPLICATION.NOT_ELIGIBLE'
  | 'APPLICATION.STATEMENT_REQUIRED'
  | 'APPLICATION.FEEDBACK_REQUIRED'
  | 'APPLICATION.INVALID_TRANSITION';

/** An application rule was broken. The code is stable for clients; `reasons` lists every eligibility problem. */
export class ApplicationRuleViolation extends Error {
  constructor(
    readonly code: ApplicationErrorCode,
    readonly field: string | undefined,
    message: string,
    readonly reasons: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApplicationRuleViolation';
  }

  /** Every eligibility reason, for clients to act on (`extensions.reasons`). */
  get details(): Record<string, unknown> | undefined {
    return this.reasons.length > 0 ? { reasons: [...this.reasons] } : undefined;
  }
}
