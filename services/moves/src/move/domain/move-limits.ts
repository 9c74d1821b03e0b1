/**
 * Published limits on temporary moves, passed in from configuration so no rule hard-codes a number of months
 * (DOMAIN.md: Cabinet Office loan policy, 2 years; DSIT Expert Exchange, up to 9 months per placement).
 */
export interface MoveLimits {
  /** A loan longer than this needs a written justification. */
  loanMonthsWithoutJustification: number;
  /** The longest a secondment in may last. */
  secondmentInMaxMonths: number;
}

export const PUBLISHED_MOVE_LIMITS: MoveLimits = {
  loanMonthsWithoutJustification: 24,
  secondmentInMaxMonths: 9,
};
