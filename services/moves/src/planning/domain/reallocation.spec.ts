import { planConstraints, PlanConstraints } from './plan-constraints';
import { PlanCandidate, PlanOpportunity, ProfessionHeadcount } from './plan-facts';
import { person, vacancy } from './plan.fixtures';
import { planReallocation } from './reallocation';

const TARGET = '2027-04-01';
const DEPARTMENTS = ['DWP', 'HMRC', 'DSIT'];
const SCOPE = { departments: DEPARTMENTS, professions: ['Statistics', 'Policy'], grades: ['HEO', 'SEO'] };

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

interface Instance {
  people: PlanCandidate[];
  opportunities: PlanOpportunity[];
  headcounts: ProfessionHeadcount[];
  constraints: PlanConstraints;
  planningDepartment?: string;
  scores: Map<string, number>;
}

/** A small civil service: a handful of people and posts over 3 departments, 2 professions, 2 grades. */
function instance(seed: number): Instance {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  // Mostly one line, so that people and posts meet often enough for plans with several moves.
  const line = () => ({
    profession: next() < 0.85 ? 'Statistics' : 'Policy',
    grade: next() < 0.85 ? 'HEO' : 'SEO',
  });
  const people = Array.from({ length: 3 + Math.floor(next() * 5) }, (_, index) =>
    person({
      personId: `p${index}`,
      departmentCode: pick(DEPARTMENTS),
      ...line(),
      fte: pick([1, 0.8, 0.5]),
      status: next() < 0.1 ? pick(['LEFT', 'ON_LOAN']) : 'ACTIVE',
      openToMove: next() < 0.8,
      onLiveMove: next() < 0.1,
      minimumTermEndsOn: next() < 0.2 ? '2027-06-01' : undefined,
      earliestMoveOn: next() < 0.1 ? '2027-05-01' : undefined,
    }),
  );
  const opportunities = Array.from({ length: 2 + Math.floor(next() * 3) }, (_, index) =>
    vacancy({
      opportunityId: `o${index}`,
      source: next() < 0.5 ? 'VACANCY' : 'GAP',
      departmentCode: pick(DEPARTMENTS),
      ...line(),
      places: next() < 0.15 ? 0 : 1 + Math.floor(next() * 2),
      moveKinds: next() < 0.9 ? ['LEVEL_TRANSFER'] : ['LOAN'],
    }),
  );
  const headcounts = DEPARTMENTS.flatMap((departmentCode) =>
    ['Statistics', 'Policy'].map((profession) => ({
      departmentCode,
      profession,
      people: 5 + Math.floor(next() * 40),
    })),
  );
  const scores = new Map<string, number>();
  for (const candidate of people)
    for (const opportunity of opportunities)
      if (next() < 0.8)
        scores.set(
          `${candidate.personId}>${opportunity.opportunityId}`,
          Math.round((0.01 + next()) * 1000) / 1000,
        );
  return {
    people,
    opportunities,
    headcounts,
    constraints: planConstraints({
      maxReleaseShare: pick([0.1, 0.25, 0.5, 1]),
      onlyOpenToMove: next() < 0.7,
      allowInsideMinimumTerm: next() < 0.3,
    }),
    planningDepartment: next() < 0.3 ? pick(DEPARTMENTS) : undefined,
    scores,
  };
}

/** The rules restated, and every way of giving each person one allowed place or none: the best total. */
function bruteForceBest(problem: Instance): number {
  const { constraints: c } = problem;
  const movable = (p: PlanCandidate) =>
    p.status === 'ACTIVE' &&
    !p.onLiveMove &&
    (!c.onlyOpenToMove || (p.openToMove && (p.earliestMoveOn ?? '') <= TARGET)) &&
    (c.allowInsideMinimumTerm || (p.minimumTermEndsOn ?? '') <= TARGET);
  const allowed = (p: PlanCandidate, o: PlanOpportunity) =>
    o.departmentCode !== p.departmentCode &&
    o.grade === p.grade &&
    o.profession === p.profession &&
    o.moveKinds.includes('LEVEL_TRANSFER') &&
    (problem.planningDepartment === undefined ||
      [p.departmentCode, o.departmentCode].includes(problem.planningDepartment)) &&
    problem.scores.has(`${p.personId}>${o.opportunityId}`);
  const limit = (p: PlanCandidate) =>
    Math.floor(
      c.maxReleaseShare *
        (problem.headcounts.find(
          (h) => h.departmentCode === p.departmentCode && h.profession === p.profession,
        )?.people ?? 0) +
        1e-9,
    );
  const used = new Map<string, number>();
  const released = new Map<string, number>();
  let best = 0;
  const visit = (index: number, total: number) => {
    if (index === problem.people.length) {
      best = Math.max(best, total);
      return;
    }
    visit(index + 1, total);
    const p = problem.people[index];
    const group = `${p.departmentCode}/${p.profession}`;
    if (!movable(p) || (released.get(group) ?? 0) >= limit(p)) return;
    for (const o of problem.opportunities) {
      if (!allowed(p, o) || (used.get(o.opportunityId) ?? 0) >= o.places) continue;
      used.set(o.opportunityId, (used.get(o.opportunityId) ?? 0) + 1);
      released.set(group, (released.get(group) ?? 0) + 1);
      visit(index + 1, total + problem.scores.get(`${p.personId}>${o.opportunityId}`)!);
      used.set(o.opportunityId, used.get(o.opportunityId)! - 1);
      released.set(group, released.get(group)! - 1);
    }
  };
  visit(0, 0);
  return Math.round(best * 1000) / 1000;
}

const planFor = (problem: Instance) =>
  planReallocation({
    people: problem.people,
    opportunities: problem.opportunities,
    headcounts: problem.headcounts,
    scope: SCOPE,
    constraints: problem.constraints,
    targetDate: TARGET,
    planningDepartment: problem.planningDepartment,
    score: (p, o) => {
      const score = problem.scores.get(`${p.personId}>${o.opportunityId}`);
      return score === undefined
        ? undefined
        : { score, explanation: `${p.personId} fits ${o.opportunityId}` };
    },
  });

describe('planReallocation', () => {
  it.each(Array.from({ length: 400 }, (_, index) => index + 1))(
    'equals brute force on small instance %i, within every constraint',
    (seed) => {
      const problem = instance(seed);
      const plan = planFor(problem);

      expect(Math.round(plan.totalScore * 1000) / 1000).toBe(bruteForceBest(problem));
      const total = plan.moves.reduce((sum, move) => sum + move.score, 0);
      expect(Math.round(total * 1000) / 1000).toBe(Math.round(plan.totalScore * 1000) / 1000);
      for (const move of plan.moves) {
        expect(move.kind).toBe('LEVEL_TRANSFER');
        expect(move.startsOn).toBe(TARGET);
        expect(move.hostDepartmentCode).not.toBe(move.homeDepartmentCode);
        expect(move.explanation).toBe(`${move.personId} fits ${move.opportunityId}`);
        const opportunity = problem.opportunities.find((o) => o.opportunityId === move.opportunityId)!;
        expect([opportunity.grade, opportunity.profession]).toEqual([move.grade, move.profession]);
      }
      expect(new Set(plan.moves.map((move) => move.personId)).size).toBe(plan.moves.length);
    },
  );

  it('is tested on instances that plan something, often several moves', () => {
    const plans = Array.from({ length: 400 }, (_, index) => planFor(instance(index + 1)));
    expect(plans.filter((plan) => plan.moves.length > 0).length).toBeGreaterThan(200);
    expect(plans.filter((plan) => plan.moves.length > 1).length).toBeGreaterThan(50);
  });

  it('carries what the move needs: who, from where to where, the FTE, the post and the score', () => {
    const plan = planReallocation({
      people: [person({ fte: 0.8 })],
      opportunities: [vacancy({ ftePerPost: 0.8 })],
      headcounts: [{ departmentCode: 'DWP', profession: 'Statistics', people: 10 }],
      scope: SCOPE,
      constraints: planConstraints(),
      targetDate: TARGET,
      score: () => ({ score: 0.75, explanation: 'why' }),
    });
    expect(plan).toEqual({
      moves: [
        {
          personId: 'p1',
          homeDepartmentCode: 'DWP',
          hostDepartmentCode: 'HMRC',
          profession: 'Statistics',
          grade: 'HEO',
          fte: 0.8,
          kind: 'LEVEL_TRANSFER',
          startsOn: TARGET,
          opportunityId: 'v1',
          source: 'VACANCY',
          ftePerPost: 0.8,
          score: 0.75,
          explanation: 'why',
        },
      ],
      totalScore: 0.75,
      candidates: 1,
      opportunities: 1,
      edges: 1,
      excluded: {},
    });
  });

  it('lets the release limit, not the score, decide who goes when a department may release one', () => {
    const plan = planReallocation({
      people: [
        person({ personId: 'a' }),
        person({ personId: 'b' }),
        person({ personId: 'c', departmentCode: 'DSIT' }),
      ],
      opportunities: [vacancy({ places: 3 })],
      headcounts: [
        { departmentCode: 'DWP', profession: 'Statistics', people: 10 },
        { departmentCode: 'DSIT', profession: 'Statistics', people: 10 },
      ],
      scope: SCOPE,
      constraints: planConstraints(),
      targetDate: TARGET,
      score: (p) => ({ score: p.personId === 'a' ? 0.9 : p.personId === 'b' ? 0.8 : 0.1, explanation: '' }),
    });
    expect(plan.moves.map((move) => move.personId).sort()).toEqual(['a', 'c']);
  });
});
