import { AssignmentProblem } from './assignment';
import { CandidateExclusion, candidateExclusion } from './candidate.rules';
import { PlanConstraints } from './plan-constraints';
import { inScope, PlanScope } from './plan-scope';
import { PlanCandidate, PlanOpportunity, ProfessionHeadcount } from './plan-facts';
import { releaseGroupOf, releaseLimits } from './release-limits';

/** How well a person fits an opportunity (matching's score, 0 < score <= 1) and why; undefined = no fit at all. */
export type Scorer<P, O, E> = (person: P, opportunity: O) => { score: number; explanation: E } | undefined;

/** Issue 7: "about 50 candidate edges each": enough choice for the optimum, few enough to solve 20,000 x 2,000 fast. */
export const EDGES_PER_CANDIDATE = 50;

export type EdgeRefusal =
  | 'SAME_DEPARTMENT'
  | 'OTHER_GRADE'
  | 'OTHER_PROFESSION'
  | 'NOT_OPEN_TO_LEVEL_TRANSFER'
  | 'OUTSIDE_PLANNING_DEPARTMENT'
  | 'NO_PLACES';

/**
 * Whether a plan may move this person to this opportunity at all, before any score: a level transfer, i.e. to another
 * department at the same grade (never a promotion, DOMAIN.md), in the same profession (capacity counts people by their
 * profession, so that is the line the move fills), and, for a department's planner, into or out of their department
 * (each move is then a proposal PROPOSE_MOVE lets them make).
 */
export function edgeRefusal(
  person: PlanCandidate,
  opportunity: PlanOpportunity,
  planningDepartment?: string,
): EdgeRefusal | undefined {
  if (opportunity.departmentCode === person.departmentCode) return 'SAME_DEPARTMENT';
  if (opportunity.grade !== person.grade) return 'OTHER_GRADE';
  if (opportunity.profession !== person.profession) return 'OTHER_PROFESSION';
  if (!opportunity.moveKinds.includes('LEVEL_TRANSFER')) return 'NOT_OPEN_TO_LEVEL_TRANSFER';
  if (
    planningDepartment !== undefined &&
    person.departmentCode !== planningDepartment &&
    opportunity.departmentCode !== planningDepartment
  )
    return 'OUTSIDE_PLANNING_DEPARTMENT';
  if (opportunity.places <= 0) return 'NO_PLACES';
  return undefined;
}

export interface CandidateGraphInput<P extends PlanCandidate, O extends PlanOpportunity, E> {
  people: readonly P[];
  opportunities: readonly O[];
  headcounts: readonly ProfessionHeadcount[];
  scope: PlanScope;
  constraints: PlanConstraints;
  targetDate: string;
  /** Set for a department's planner: every move goes into or out of this department. */
  planningDepartment?: string;
  score: Scorer<P, O, E>;
  /**
   * An upper bound of `score(person, opportunity)`'s score, much cheaper to compute (given the person once, then each
   * opportunity): opportunities whose bound cannot reach a candidate's best are never scored. It must never be below
   * the score, or the best edges would be missed.
   */
  bound?: (person: P) => (opportunity: O) => number;
  edgesPerCandidate?: number;
}

export interface CandidateEdge {
  candidate: number;
  post: number;
  score: number;
}

/**
 * The sparse graph the optimizer solves, with the people and opportunities its indexes refer to. Edges keep only
 * their scores: a million explanations would cost gigabytes, and only the few chosen moves need theirs (scoring is
 * pure, so planReallocation asks again for those).
 */
export interface CandidateGraph<P, O> {
  candidates: P[];
  opportunities: O[];
  edges: CandidateEdge[];
  problem: AssignmentProblem;
  /** How many people each rule kept out of the plan. */
  excluded: Partial<Record<CandidateExclusion, number>>;
}

const CHECK_EVERY = 8;

const lineOf = (line: { profession: string; grade: string }) => `${line.profession}\u0000${line.grade}`;

/**
 * Candidates (people the constraints let move), opportunities (in scope, with places), and for each candidate their
 * best `edgesPerCandidate` edges to opportunities a plan may move them to. Opportunities are bucketed by profession x
 * grade, the only ones an edge can reach, so scoring costs candidates x one bucket, not candidates x every post.
 */
export function buildCandidateGraph<P extends PlanCandidate, O extends PlanOpportunity, E>(
  input: CandidateGraphInput<P, O, E>,
): CandidateGraph<P, O> {
  const { scope, constraints, targetDate, planningDepartment } = input;
  const limit = input.edgesPerCandidate ?? EDGES_PER_CANDIDATE;
  const excluded: Partial<Record<CandidateExclusion, number>> = {};
  const candidates = input.people.filter((person) => {
    const reason = candidateExclusion(person, scope, constraints, targetDate);
    if (reason) excluded[reason] = (excluded[reason] ?? 0) + 1;
    return reason === undefined;
  });
  // edgeRefusal's clauses, each applied where it is cheapest: those of the opportunity alone here, grade and
  // profession by the buckets, the department ones pair by pair.
  const opportunities = input.opportunities.filter(
    (opportunity) =>
      opportunity.places > 0 &&
      inScope(scope, opportunity) &&
      opportunity.moveKinds.includes('LEVEL_TRANSFER'),
  );
  const buckets = new Map<string, number[]>();
  opportunities.forEach((opportunity, index) => {
    const bucket = buckets.get(lineOf(opportunity)) ?? [];
    bucket.push(index);
    buckets.set(lineOf(opportunity), bucket);
  });
  // In opportunity id order, the tie-break: a tier (below) is then scored in rank order among equal scores.
  for (const bucket of buckets.values())
    bucket.sort((a, b) => (opportunities[a].opportunityId < opportunities[b].opportunityId ? -1 : 1));

  const edges: CandidateEdge[] = [];
  // Best first; equal scores by opportunity id, so the same facts always give the same graph.
  const byRank = (a: CandidateEdge, b: CandidateEdge) =>
    b.score - a.score || (opportunities[a.post].opportunityId < opportunities[b.post].opportunityId ? -1 : 1);
  candidates.forEach((person, candidate) => {
    const mine: CandidateEdge[] = [];
    const score = (post: number) => {
      const value = input.score(person, opportunities[post])?.score;
      // A non-positive score is worth nothing to the optimizer (and no fit to matching).
      if (value !== undefined && value > 0) mine.push({ candidate, post, score: value });
    };
    const home = person.departmentCode;
    const anyHost = planningDepartment === undefined || home === planningDepartment;
    const reachable = (buckets.get(lineOf(person)) ?? []).filter((post) => {
      const host = opportunities[post].departmentCode;
      return host !== home && (anyHost || host === planningDepartment);
    });
    if (!input.bound) reachable.forEach(score);
    else {
      const boundOf = input.bound(person);
      // Opportunities in tiers of equal bound, highest first, each in id order. Once the candidate has `limit` edges
      // and the last of them ranks before what the next opportunity could at best be (its bound, its id), nothing
      // after it can displace one: every later opportunity has a lower bound, or the same bound and a later id.
      const tiers = new Map<number, number[]>();
      for (const post of reachable) {
        const bound = boundOf(opportunities[post]);
        const tier = tiers.get(bound);
        if (tier) tier.push(post);
        else tiers.set(bound, [post]);
      }
      const settled = (bound: number, post: number) => {
        if (mine.length < limit) return false;
        mine.sort(byRank);
        mine.length = limit;
        return byRank(mine[limit - 1], { candidate, post, score: bound }) < 0;
      };
      search: for (const bound of [...tiers.keys()].sort((a, b) => b - a)) {
        const tier = tiers.get(bound)!;
        for (let index = 0; index < tier.length; index++) {
          // Checked every few opportunities: sorting the edges found costs more than a score or two.
          if (index % CHECK_EVERY === 0 && settled(bound, tier[index])) break search;
          score(tier[index]);
        }
      }
    }
    mine.sort(byRank);
    for (let index = 0; index < Math.min(limit, mine.length); index++) edges.push(mine[index]);
  });

  const limits = releaseLimits(input.headcounts, constraints.maxReleaseShare);
  const problem: AssignmentProblem = {
    candidates: candidates.map((person) => ({ group: releaseGroupOf(person) })),
    posts: opportunities.map((opportunity) => ({ capacity: opportunity.places })),
    edges,
    // Every group a candidate is in gets a limit: a group without a headcount releases nobody.
    groupLimits: new Map(
      candidates.map((person) => [releaseGroupOf(person), limits.get(releaseGroupOf(person)) ?? 0]),
    ),
  };
  return { candidates, opportunities, edges, problem, excluded };
}
