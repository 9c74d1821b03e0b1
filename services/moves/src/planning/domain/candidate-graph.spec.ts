import { buildCandidateGraph, CandidateGraphInput, edgeRefusal } from './candidate-graph';
import { DEFAULT_PLAN_CONSTRAINTS, planConstraints } from './plan-constraints';
import { PlanCandidate, PlanOpportunity } from './plan-facts';
import { person, SCOPE, vacancy } from './plan.fixtures';
import { releaseLimits } from './release-limits';

const flatScore = () => ({ score: 0.5, explanation: 'fits' });

function graph(overrides: Partial<CandidateGraphInput<PlanCandidate, PlanOpportunity, string>> = {}) {
  return buildCandidateGraph<PlanCandidate, PlanOpportunity, string>({
    people: [person()],
    opportunities: [vacancy()],
    headcounts: [{ departmentCode: 'DWP', profession: 'Statistics', people: 100 }],
    scope: SCOPE,
    constraints: DEFAULT_PLAN_CONSTRAINTS,
    targetDate: '2027-04-01',
    score: flatScore,
    ...overrides,
  });
}

describe('edgeRefusal: what a plan may never propose', () => {
  it('allows a level transfer: another department, same grade and profession', () => {
    expect(edgeRefusal(person(), vacancy())).toBeUndefined();
  });

  it.each([
    [{ departmentCode: 'DWP' }, 'SAME_DEPARTMENT'],
    // One grade up would be a promotion: only through an application (DOMAIN.md); one down is not a transfer either.
    [{ grade: 'SEO' }, 'OTHER_GRADE'],
    [{ grade: 'EO' }, 'OTHER_GRADE'],
    [{ profession: 'Policy' }, 'OTHER_PROFESSION'],
    [{ moveKinds: ['LOAN', 'PROMOTION'] }, 'NOT_OPEN_TO_LEVEL_TRANSFER'],
    [{ places: 0 }, 'NO_PLACES'],
  ])('refuses an opportunity with %j: %s', (overrides, reason) => {
    expect(edgeRefusal(person(), vacancy(overrides))).toBe(reason);
  });

  it("keeps a department's planner to moves into or out of their department", () => {
    expect(edgeRefusal(person(), vacancy(), 'DWP')).toBeUndefined();
    expect(edgeRefusal(person(), vacancy(), 'HMRC')).toBeUndefined();
    expect(edgeRefusal(person(), vacancy(), 'DSIT')).toBe('OUTSIDE_PLANNING_DEPARTMENT');
  });
});

describe('buildCandidateGraph', () => {
  it('joins each candidate to the opportunities a plan may move them to, with the match score', () => {
    const built = graph({
      people: [person(), person({ personId: 'p2', grade: 'SEO' })],
      opportunities: [vacancy(), vacancy({ opportunityId: 'v2', grade: 'SEO', departmentCode: 'DWP' })],
    });
    expect(built.edges).toEqual([{ candidate: 0, post: 0, score: 0.5 }]);
    expect(built.problem.edges).toBe(built.edges);
    expect(built.problem.posts).toEqual([{ capacity: 1 }, { capacity: 1 }]);
  });

  it('leaves out people the constraints exclude, counting why', () => {
    const built = graph({
      people: [
        person(),
        person({ personId: 'left', status: 'LEFT' }),
        person({ personId: 'closed', openToMove: false }),
        person({ personId: 'held', minimumTermEndsOn: '2028-01-01' }),
        person({ personId: 'moving', onLiveMove: true }),
      ],
    });
    expect(built.candidates.map((candidate) => candidate.personId)).toEqual(['p1']);
    expect(built.excluded).toEqual({ LEFT: 1, NOT_OPEN_TO_MOVE: 1, INSIDE_MINIMUM_TERM: 1, ON_A_MOVE: 1 });
  });

  it('never asks matching about a pair a plan may not make, and drops what matching does not call a fit', () => {
    const asked: string[] = [];
    const built = graph({
      people: [person(), person({ personId: 'p2' })],
      opportunities: [vacancy(), vacancy({ opportunityId: 'promotion', grade: 'SEO' })],
      score: (candidate, opportunity) => {
        asked.push(`${candidate.personId}->${opportunity.opportunityId}`);
        return candidate.personId === 'p2' ? undefined : { score: 0.4, explanation: 'fits' };
      },
    });
    expect(asked).toEqual(['p1->v1', 'p2->v1']);
    expect(built.edges.map((edge) => edge.candidate)).toEqual([0]);
  });

  it('keeps only opportunities in scope with places left', () => {
    const built = graph({
      opportunities: [
        vacancy({ departmentCode: 'MOJ' }),
        vacancy({ opportunityId: 'full', places: 0 }),
        vacancy(),
      ],
    });
    expect(built.opportunities.map((opportunity) => opportunity.opportunityId)).toEqual(['v1']);
  });

  it('keeps each candidate’s best edges, equal scores in opportunity order', () => {
    const opportunities = ['d', 'a', 'c', 'b'].map((id) => vacancy({ opportunityId: id }));
    const scores: Record<string, number> = { a: 0.5, b: 0.5, c: 0.9, d: 0.1 };
    const built = graph({
      opportunities,
      edgesPerCandidate: 3,
      score: (_, opportunity) => ({ score: scores[opportunity.opportunityId], explanation: '' }),
    });
    expect(built.edges.map((edge) => built.opportunities[edge.post].opportunityId)).toEqual(['c', 'a', 'b']);
  });

  it('finds the same best edges with a score bound, without scoring what cannot reach them', () => {
    // Scores in thousandths from a seeded sequence; bounds are the score rounded up to a quarter (4 tiers, some
    // equal to the score itself), so ties at a tier's edge are exercised.
    let state = 7;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const people = Array.from({ length: 30 }, (_, index) => person({ personId: `p${index}` }));
    const opportunities = Array.from({ length: 40 }, (_, index) =>
      vacancy({ opportunityId: `v${String(index).padStart(2, '0')}` }),
    );
    const scores = new Map(
      people.flatMap((p) =>
        opportunities.map((o) => [
          `${p.personId}>${o.opportunityId}`,
          Math.round(next() * 4) * 0.25 || 0.001,
        ]),
      ),
    );
    for (const [key, value] of scores)
      if (next() < 0.5) scores.set(key, Math.round(value * 1000 - next() * 200) / 1000);
    const score = (p: PlanCandidate, o: PlanOpportunity) => {
      const value = scores.get(`${p.personId}>${o.opportunityId}`)!;
      return value > 0 ? { score: value, explanation: '' } : undefined;
    };
    let scored = 0;
    const counting = (p: PlanCandidate, o: PlanOpportunity) => (scored++, score(p, o));
    const bound = (p: PlanCandidate) => (o: PlanOpportunity) =>
      Math.ceil(Math.max(0, scores.get(`${p.personId}>${o.opportunityId}`)!) * 4) / 4;

    for (const edgesPerCandidate of [1, 3, 10, 40]) {
      const plain = graph({ people, opportunities, score, edgesPerCandidate });
      scored = 0;
      const bounded = graph({ people, opportunities, score: counting, bound, edgesPerCandidate });
      expect(bounded.edges).toEqual(plain.edges);
      if (edgesPerCandidate < 10) expect(scored).toBeLessThan(people.length * opportunities.length);
    }
  });

  it('limits each department x profession to its share of people in post, floored', () => {
    const built = graph({
      people: [
        person(),
        person({ personId: 'p2', departmentCode: 'HMRC' }),
        person({ personId: 'p3', departmentCode: 'DSIT' }),
      ],
      opportunities: [vacancy({ departmentCode: 'DSIT' })],
      headcounts: [
        { departmentCode: 'DWP', profession: 'Statistics', people: 30 },
        { departmentCode: 'HMRC', profession: 'Statistics', people: 9 },
      ],
    });
    // DSIT has no headcount here: it releases nobody.
    expect(built.problem.groupLimits).toEqual(
      new Map([
        ['DWP/Statistics', 3],
        ['HMRC/Statistics', 0],
        ['DSIT/Statistics', 0],
      ]),
    );
  });
});

describe('releaseLimits', () => {
  it('is floor(share x people in post), exactly at whole numbers', () => {
    const limits = releaseLimits(
      [
        { departmentCode: 'DWP', profession: 'Statistics', people: 100 },
        { departmentCode: 'HMRC', profession: 'Statistics', people: 19 },
      ],
      0.29,
    );
    expect(limits).toEqual(
      new Map([
        ['DWP/Statistics', 29],
        ['HMRC/Statistics', 5],
      ]),
    );
    expect(
      releaseLimits(
        [{ departmentCode: 'DWP', profession: 'Policy', people: 7 }],
        planConstraints().maxReleaseShare,
      ),
    ).toEqual(new Map([['DWP/Policy', 0]]));
  });
});
