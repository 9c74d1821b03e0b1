import { AssignmentProblem, maximiseTotalScore } from './assignment';

/** A small deterministic generator, so a failing instance can be reproduced from its seed. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

function smallProblem(seed: number): AssignmentProblem {
  const next = random(seed);
  const candidates = Array.from({ length: 2 + Math.floor(next() * 5) }, () => ({
    group: next() < 0.5 ? 'DWP/Policy' : 'HMRC/Policy',
  }));
  const posts = Array.from({ length: 1 + Math.floor(next() * 3) }, () => ({
    capacity: 1 + Math.floor(next() * 2),
  }));
  const edges = candidates.flatMap((_, candidate) =>
    posts
      .map((_, post) => ({ candidate, post, score: Math.round((0.05 + next()) * 1000) / 1000 }))
      .filter(() => next() < 0.7),
  );
  const groupLimits = new Map([['DWP/Policy', Math.floor(next() * 3)]]);
  return { candidates, posts, edges, groupLimits };
}

/** Every way of giving each candidate one of their edges or nothing, within every limit: the best total. */
function bruteForceBest(problem: AssignmentProblem): number {
  const byCandidate = problem.candidates.map((_, index) =>
    problem.edges.filter((edge) => edge.candidate === index),
  );
  let best = 0;
  const postUse = problem.posts.map(() => 0);
  const groupUse = new Map<string, number>();
  const visit = (candidate: number, total: number) => {
    if (candidate === problem.candidates.length) {
      best = Math.max(best, total);
      return;
    }
    visit(candidate + 1, total);
    const group = problem.candidates[candidate].group;
    const limit = problem.groupLimits.get(group) ?? Infinity;
    if ((groupUse.get(group) ?? 0) >= limit) return;
    for (const edge of byCandidate[candidate]) {
      if (postUse[edge.post] >= problem.posts[edge.post].capacity) continue;
      postUse[edge.post] += 1;
      groupUse.set(group, (groupUse.get(group) ?? 0) + 1);
      visit(candidate + 1, total + edge.score);
      postUse[edge.post] -= 1;
      groupUse.set(group, groupUse.get(group)! - 1);
    }
  };
  visit(0, 0);
  return Math.round(best * 1000) / 1000;
}

describe('maximiseTotalScore', () => {
  it.each(Array.from({ length: 300 }, (_, index) => index + 1))(
    'is optimal on small instance %i (brute force)',
    (seed) => {
      const problem = smallProblem(seed);
      const { assignments, totalScore } = maximiseTotalScore(problem);

      expect(Math.round(totalScore * 1000) / 1000).toBe(bruteForceBest(problem));
      // And the plan it returns keeps every limit.
      const candidates = assignments.map((assignment) => assignment.candidate);
      expect(new Set(candidates).size).toBe(candidates.length);
      problem.posts.forEach((post, index) =>
        expect(assignments.filter((assignment) => assignment.post === index).length).toBeLessThanOrEqual(
          post.capacity,
        ),
      );
      for (const [group, limit] of problem.groupLimits)
        expect(
          assignments.filter((a) => problem.candidates[a.candidate].group === group).length,
        ).toBeLessThanOrEqual(limit);
    },
  );

  it('prefers the better total to the larger number of moves', () => {
    // One post: candidate 0 fits it well; candidates 1 and 2 fit a second post only through candidate 0's place.
    const problem: AssignmentProblem = {
      candidates: [{ group: 'A' }, { group: 'A' }],
      posts: [{ capacity: 1 }, { capacity: 1 }],
      edges: [
        { candidate: 0, post: 0, score: 0.9 },
        { candidate: 0, post: 1, score: 0.8 },
        { candidate: 1, post: 0, score: 0.85 },
      ],
      groupLimits: new Map(),
    };
    // Greedy (best edge first) takes 0->0 (0.9) and leaves candidate 1 out; the optimum moves 0 to post 1.
    expect(maximiseTotalScore(problem)).toEqual({
      assignments: expect.arrayContaining([
        { candidate: 0, post: 1, score: 0.8 },
        { candidate: 1, post: 0, score: 0.85 },
      ]),
      totalScore: 1.65,
    });
  });

  it('never lets a group release more than its limit', () => {
    const problem: AssignmentProblem = {
      candidates: [{ group: 'DWP' }, { group: 'DWP' }, { group: 'HMRC' }],
      posts: [{ capacity: 3 }],
      edges: [
        { candidate: 0, post: 0, score: 0.9 },
        { candidate: 1, post: 0, score: 0.8 },
        { candidate: 2, post: 0, score: 0.1 },
      ],
      groupLimits: new Map([['DWP', 1]]),
    };
    expect(
      maximiseTotalScore(problem)
        .assignments.map((a) => a.candidate)
        .sort(),
    ).toEqual([0, 2]);
  });
});
