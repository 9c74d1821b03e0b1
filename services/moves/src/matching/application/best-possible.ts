import { Match, MatchExplanation } from '../domain/match.types';

/**
 * A shortlist row's best place as a Match the ranking can compare: its bound as the score and what it knows of the
 * tie-breakers. Only what compareOpportunities and compareCandidates read is filled in.
 */
export function bestPossible(bound: number, known: Partial<MatchExplanation>): Match {
  return { score: bound / 1000, explanation: known as MatchExplanation };
}
