// The reallocation optimizer at civil-service scale (issue 7: 20,000 candidates x 2,000 posts, about 50 candidate
// edges each, goal under 10 s), exact by construction (min-cost flow; optimality against brute force is in
// services/moves/src/planning/domain/assignment.spec.ts). BENCH_CANDIDATES, BENCH_POSTS, BENCH_EDGES change the size.
import {
  AssignmentProblem,
  maximiseTotalScore,
} from '../../../services/moves/src/planning/domain/assignment';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 20_000);
const POSTS = Number(process.env.BENCH_POSTS ?? 2_000);
const EDGES_EACH = Number(process.env.BENCH_EDGES ?? 50);
const GROUPS = 400; // ~ departments x professions a plan's scope spans

function generate(seed: number): AssignmentProblem {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
  const candidates = Array.from({ length: CANDIDATES }, () => ({ group: `g${Math.floor(next() * GROUPS)}` }));
  const posts = Array.from({ length: POSTS }, () => ({ capacity: 1 + Math.floor(next() * 3) }));
  const edges = candidates.flatMap((_, candidate) =>
    Array.from({ length: EDGES_EACH }, () => ({
      candidate,
      post: Math.floor(next() * POSTS),
      score: Math.round((0.01 + next() * 0.99) * 1000) / 1000,
    })),
  );
  // Default constraint of the issue: no group releases more than 10% of its people.
  const sizes = new Map<string, number>();
  for (const { group } of candidates) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const groupLimits = new Map([...sizes].map(([group, size]) => [group, Math.floor(size * 0.1)]));
  return { candidates, posts, edges, groupLimits };
}

const problem = generate(2026);
const capacity = problem.posts.reduce((sum, post) => sum + post.capacity, 0);
const heapBefore = process.memoryUsage().heapUsed;
const started = process.hrtime.bigint();
const { assignments, totalScore } = maximiseTotalScore(problem);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(
  `optimizer: ${CANDIDATES.toLocaleString('en-GB')} candidates x ${POSTS.toLocaleString('en-GB')} posts ` +
    `(${capacity.toLocaleString('en-GB')} places), ${problem.edges.length.toLocaleString('en-GB')} edges`,
);
console.log(
  `  ${assignments.length.toLocaleString('en-GB')} moves, total score ${totalScore.toFixed(3)}, ` +
    `${seconds.toFixed(2)} s (goal < 10 s: ${seconds < 10 ? 'met' : 'NOT MET'}), ` +
    `heap +${Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6)} MB`,
);
