import { MinCostFlow } from './min-cost-flow';

/** Who may move where, and how well they fit: the sparse candidate graph a reallocation plan is optimised on. */
export interface AssignmentProblem {
  /** `group`: the release limit the candidate counts against (their department x profession). */
  candidates: readonly { group: string }[];
  /** `capacity`: how many candidates the post (or gap) can take. */
  posts: readonly { capacity: number }[];
  /** Candidate and post by index; `score` > 0 (a non-positive edge would never be worth taking). */
  edges: readonly { candidate: number; post: number; score: number }[];
  /** Most candidates a group may release; a group not listed is unlimited. */
  groupLimits: ReadonlyMap<string, number>;
}

export interface Assignment {
  candidate: number;
  post: number;
  score: number;
}

/** Scores are compared in millionths: integer costs keep the flow's potentials exact. */
const SCALE = 1_000_000;

/**
 * The assignment of candidates to posts with the greatest total score, exactly, under three limits: each candidate
 * once, each post up to its capacity, each group up to its release limit. A flow network carries all three:
 * source -> group (its limit) -> candidate (1) -> post (1, cost -score) -> sink (the post's capacity); the cheapest
 * flow, stopped when another unit would not lower the cost, is the best plan (not necessarily the largest).
 */
export function maximiseTotalScore(problem: AssignmentProblem): {
  assignments: Assignment[];
  totalScore: number;
} {
  const groups = [...new Set(problem.candidates.map((candidate) => candidate.group))];
  const groupIndex = new Map(groups.map((group, index) => [group, index]));
  const source = 0;
  const groupBase = 1;
  const candidateBase = groupBase + groups.length;
  const postBase = candidateBase + problem.candidates.length;
  const sink = postBase + problem.posts.length;
  const graph = new MinCostFlow(
    sink + 1,
    groups.length + problem.candidates.length * 2 + problem.edges.length + problem.posts.length,
  );

  groups.forEach((group, index) =>
    graph.addEdge(source, groupBase + index, problem.groupLimits.get(group) ?? problem.candidates.length, 0),
  );
  problem.candidates.forEach((candidate, index) =>
    graph.addEdge(groupBase + groupIndex.get(candidate.group)!, candidateBase + index, 1, 0),
  );
  const edgeIds = problem.edges.map((edge) => {
    if (!(edge.score > 0)) throw new Error('every candidate edge needs a positive score');
    return graph.addEdge(
      candidateBase + edge.candidate,
      postBase + edge.post,
      1,
      -Math.round(edge.score * SCALE),
    );
  });
  problem.posts.forEach((post, index) => graph.addEdge(postBase + index, sink, post.capacity, 0));

  graph.solve(source, sink, { stopWhenNotProfitable: true });
  const assignments = problem.edges.filter((_, index) => graph.flowOn(edgeIds[index]) > 0);
  const totalScore = assignments.reduce((sum, edge) => sum + Math.round(edge.score * SCALE), 0) / SCALE;
  return {
    assignments: assignments.map(({ candidate, post, score }) => ({ candidate, post, score })),
    totalScore,
  };
}
