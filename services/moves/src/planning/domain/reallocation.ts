import { maximiseTotalScore } from './assignment';
import { buildCandidateGraph, CandidateGraphInput } from './candidate-graph';
import { CandidateExclusion } from './candidate.rules';
import { PlanCandidate, PlanOpportunity } from './plan-facts';

/** One move a plan proposes: always a level transfer, starting on the plan's target date. */
export interface PlannedMove<E> {
  personId: string;
  homeDepartmentCode: string;
  hostDepartmentCode: string;
  profession: string;
  grade: string;
  fte: number;
  kind: 'LEVEL_TRANSFER';
  startsOn: string;
  /** The vacancy filled, or the capacity gap (`gap:DEPT/PROFESSION/GRADE`). */
  opportunityId: string;
  source: 'VACANCY' | 'GAP';
  /** For a vacancy: the FTE of the post it fills. */
  ftePerPost?: number;
  score: number;
  explanation: E;
}

export interface Reallocation<E> {
  moves: PlannedMove<E>[];
  /** The sum of the moves' scores: the greatest any assignment within the constraints reaches. */
  totalScore: number;
  candidates: number;
  opportunities: number;
  edges: number;
  excluded: Partial<Record<CandidateExclusion, number>>;
}

/**
 * The plan: the candidate graph under the constraints, then the assignment with the greatest total score, exactly
 * (min-cost flow, assignment.ts), not a greedy pass.
 */
export function planReallocation<P extends PlanCandidate, O extends PlanOpportunity, E>(
  input: CandidateGraphInput<P, O, E>,
): Reallocation<E> {
  const graph = buildCandidateGraph(input);
  const { assignments, totalScore } = maximiseTotalScore(graph.problem);
  const moves = assignments.map(({ candidate, post, score }): PlannedMove<E> => {
    const person = graph.candidates[candidate];
    const opportunity = graph.opportunities[post];
    return {
      personId: person.personId,
      homeDepartmentCode: person.departmentCode,
      hostDepartmentCode: opportunity.departmentCode,
      profession: person.profession,
      grade: person.grade,
      fte: person.fte,
      kind: 'LEVEL_TRANSFER',
      startsOn: input.targetDate,
      opportunityId: opportunity.opportunityId,
      source: opportunity.source,
      ...(opportunity.ftePerPost !== undefined && { ftePerPost: opportunity.ftePerPost }),
      score,
      // Scoring is pure: the chosen pair's explanation, asked again rather than kept for every edge.
      explanation: input.score(person, opportunity)!.explanation,
    };
  });
  moves.sort(
    (a, b) =>
      compare(a.hostDepartmentCode, b.hostDepartmentCode) ||
      compare(a.opportunityId, b.opportunityId) ||
      b.score - a.score ||
      compare(a.personId, b.personId),
  );
  return {
    moves,
    totalScore,
    candidates: graph.candidates.length,
    opportunities: graph.opportunities.length,
    edges: graph.edges.length,
    excluded: graph.excluded,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
