import {
  compareCandidates,
  compareOpportunities,
  RankedCandidate,
  RankedOpportunity,
  topOf,
} from './match-ranking';
import { Match } from './match.types';

const match = (score: number, parts: Partial<Match['explanation']> = {}): Match => ({
  score,
  explanation: {
    skillsMet: [],
    skillsMissing: [],
    behaviours: [],
    gradeFit: 'SAME_GRADE',
    moveKind: 'LEVEL_TRANSFER',
    specialismAligned: false,
    locationFit: 'ELSEWHERE',
    clearanceMet: true,
    eligibleFrom: '2026-11-24',
    points: {},
    ...parts,
  },
});
const opportunity = (
  opportunityId: string,
  score: number,
  parts: Partial<RankedOpportunity> & { aligned?: boolean } = {},
) => ({
  opportunityId,
  closingDate: '2026-12-31',
  ...parts,
  match: match(score, { specialismAligned: parts.aligned ?? false }),
});
/** A Fisher-Yates shuffle driven by a small linear congruential generator: a different, repeatable order per seed. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
const ids = (items: { opportunityId?: string; personId?: string }[]) =>
  items.map((item) => item.opportunityId ?? item.personId);

describe('ranking recommendations', () => {
  it('puts roles in the person’s specialism first, however much better another scores', () => {
    const ranked = topOf(
      [
        opportunity('a', 0.95),
        opportunity('b', 0.41, { aligned: true }),
        opportunity('c', 0.6, { aligned: true }),
      ],
      10,
      compareOpportunities,
    );
    expect(ids(ranked)).toEqual(['c', 'b', 'a']);
  });

  it('breaks equal scores by the sooner closing date, then by id, with no closing date last', () => {
    const ranked = topOf(
      [
        opportunity('d', 0.5, { closingDate: undefined }),
        opportunity('c', 0.5, { closingDate: '2027-01-31' }),
        opportunity('b', 0.5, { closingDate: '2026-12-01' }),
        opportunity('a', 0.5, { closingDate: '2027-01-31' }),
      ],
      10,
      compareOpportunities,
    );
    expect(ids(ranked)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('gives the same order whatever order the matches arrive in, and keeps the first `first`', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      opportunity(`id-${String(i).padStart(2, '0')}`, [0.3, 0.5, 0.7][i % 3], {
        aligned: i % 7 === 0,
        closingDate: `2027-01-${String((i % 5) + 10)}`,
      }),
    );
    const expected = ids(topOf(items, 10, compareOpportunities));
    for (let seed = 1; seed <= 20; seed++) {
      const shuffled = shuffle(items, seed);
      expect(ids(topOf(shuffled, 10, compareOpportunities))).toEqual(expected);
    }
    expect(expected).toHaveLength(10);
    expect(topOf(items, 0, compareOpportunities)).toEqual([]);
  });
});

describe('ranking suggested candidates', () => {
  const candidate = (personId: string, score: number, eligibleFrom = '2026-11-24'): RankedCandidate => ({
    personId,
    match: match(score, { eligibleFrom }),
  });

  it('ranks by score, then whoever can move sooner, then by person id', () => {
    const ranked = topOf(
      [
        candidate('p3', 0.7),
        candidate('p1', 0.7, '2027-03-01'),
        candidate('p2', 0.9, '2027-06-01'),
        candidate('p0', 0.7),
      ],
      10,
      compareCandidates,
    );
    expect(ids(ranked)).toEqual(['p2', 'p0', 'p3', 'p1']);
  });
});
