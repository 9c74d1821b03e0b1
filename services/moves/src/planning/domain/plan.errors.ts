export type PlanErrorCode =
  | 'PLAN.PROMOTIONS_NOT_ALLOWED'
  | 'PLAN.INVALID_RELEASE_SHARE'
  | 'PLAN.EMPTY_SCOPE'
  | 'PLAN.TARGET_DATE_PASSED'
  | 'PLAN.NOT_DRAFT';

/** A reallocation plan rule was broken. The code is stable for clients; `field` names the offending input. */
export class PlanRuleViolation extends Error {
  constructor(
    readonly code: PlanErrorCode,
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'PlanRuleViolation';
  }
}
