import { PlanConstraints } from './plan-constraints';
import { inScope, PlanScope } from './plan-scope';
import { PlanCandidate } from './plan-facts';

export type CandidateExclusion =
  | 'OUT_OF_SCOPE'
  | 'LEFT'
  | 'AWAY'
  | 'ON_A_MOVE'
  | 'NOT_OPEN_TO_MOVE'
  | 'NOT_AVAILABLE_YET'
  | 'INSIDE_MINIMUM_TERM';

/**
 * Why a person cannot be in a plan, or undefined when they can. A plan only reallocates people in post in its scope
 * who are on no other move; by default only those open to a move and past their minimum expected assignment on the
 * target date (DOMAIN.md, "Staying in post"); a planner may include people inside it, whose moves are then held.
 */
export function candidateExclusion(
  person: PlanCandidate,
  scope: PlanScope,
  constraints: PlanConstraints,
  targetDate: string,
): CandidateExclusion | undefined {
  if (!inScope(scope, person)) return 'OUT_OF_SCOPE';
  if (person.status === 'LEFT') return 'LEFT';
  // On loan or secondment: their substantive post is not theirs to leave until they are back.
  if (person.status !== 'ACTIVE') return 'AWAY';
  if (person.onLiveMove) return 'ON_A_MOVE';
  if (constraints.onlyOpenToMove) {
    if (!person.openToMove) return 'NOT_OPEN_TO_MOVE';
    // Their own date is part of what they consented to; it means nothing for someone who did not volunteer.
    if (person.earliestMoveOn !== undefined && person.earliestMoveOn > targetDate) return 'NOT_AVAILABLE_YET';
  }
  if (
    !constraints.allowInsideMinimumTerm &&
    person.minimumTermEndsOn !== undefined &&
    person.minimumTermEndsOn > targetDate
  )
    return 'INSIDE_MINIMUM_TERM';
  return undefined;
}
