import { gapOpportunities } from './gap-opportunities';
import { SCOPE } from './plan.fixtures';

const line = (gap: number, openPosts = 0, departmentCode = 'HMRC') => ({
  departmentCode,
  profession: 'Statistics',
  grade: 'HEO',
  gap,
  openPosts,
});

describe('gapOpportunities', () => {
  it('offers a shortfall in whole FTE places, named by its line', () => {
    expect(gapOpportunities([line(2.6)], SCOPE)).toEqual([
      {
        opportunityId: 'gap:HMRC/Statistics/HEO',
        source: 'GAP',
        departmentCode: 'HMRC',
        profession: 'Statistics',
        grade: 'HEO',
        places: 2,
        moveKinds: ['LEVEL_TRANSFER'],
      },
    ]);
  });

  it('leaves out what is advertised already, so a funded post is not filled twice', () => {
    expect(gapOpportunities([line(3, 1)], SCOPE)[0].places).toBe(2);
    expect(gapOpportunities([line(3, 3)], SCOPE)).toEqual([]);
  });

  it('offers nothing for a surplus, a part of one FTE, or a line out of scope', () => {
    expect(gapOpportunities([line(-2), line(0.99), line(0), line(4, 0, 'MOJ')], SCOPE)).toEqual([]);
  });

  it('counts exactly: 0.3 + 0.7 of a gap is one place', () => {
    expect(gapOpportunities([line(1.3, 0.3)], SCOPE)[0].places).toBe(1);
  });
});
