import { PlanRuleViolation } from './plan.errors';

/** What a plan may not do (issue 7), with the defaults a planner gets without asking. */
export interface PlanConstraints {
  /** No department releases more than this share of a profession's people in post: 0 < share <= 1. */
  maxReleaseShare: number;
  /** Only people who said they are open to a move (their mobility preferences). */
  onlyOpenToMove: boolean;
  /** Also people inside their minimum expected assignment: their moves are held until a planner releases the hold. */
  allowInsideMinimumTerm: boolean;
  /** Always true: a planner can never reallocate anyone into a promotion (DOMAIN.md, fair and open competition). */
  noPromotions: true;
}

// Issue 7: "no department releases more than a set share of a profession's capacity, default 10%".
export const DEFAULT_PLAN_CONSTRAINTS: PlanConstraints = {
  maxReleaseShare: 0.1,
  onlyOpenToMove: true,
  allowInsideMinimumTerm: false,
  noPromotions: true,
};

export interface PlanConstraintsInput {
  maxReleaseShare?: number;
  onlyOpenToMove?: boolean;
  allowInsideMinimumTerm?: boolean;
  noPromotions?: boolean;
}

/** The constraints asked for over the defaults; refuses what no plan may do rather than quietly ignoring it. */
export function planConstraints(input: PlanConstraintsInput = {}): PlanConstraints {
  if (input.noPromotions === false)
    throw new PlanRuleViolation(
      'PLAN.PROMOTIONS_NOT_ALLOWED',
      'constraints.noPromotions',
      'a plan cannot move anyone into a promotion: promotions come only through an advertised vacancy and an ' +
        'application (fair and open competition)',
    );
  const share = input.maxReleaseShare ?? DEFAULT_PLAN_CONSTRAINTS.maxReleaseShare;
  if (!(share > 0 && share <= 1))
    throw new PlanRuleViolation(
      'PLAN.INVALID_RELEASE_SHARE',
      'constraints.maxReleaseShare',
      'maxReleaseShare is a share of people in post: more than 0, at most 1',
    );
  return {
    maxReleaseShare: share,
    onlyOpenToMove: input.onlyOpenToMove ?? DEFAULT_PLAN_CONSTRAINTS.onlyOpenToMove,
    allowInsideMinimumTerm: input.allowInsideMinimumTerm ?? DEFAULT_PLAN_CONSTRAINTS.allowInsideMinimumTerm,
    noPromotions: true,
  };
}
