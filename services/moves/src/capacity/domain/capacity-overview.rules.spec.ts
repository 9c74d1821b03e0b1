import { departmentTotals, LineFigures, rankByGap } from './capacity-overview.rules';

const line = (departmentCode: string, grade: string, establishment: number, inPost: number): LineFigures => ({
  departmentCode,
  profession: 'Policy',
  grade,
  establishment,
  substantive: inPost,
  away: 0,
  hereOnLoanOrSecondment: 0,
  inPost,
  incoming: 0,
  outgoing: 0,
  openPosts: 0.1,
  gap: Math.round((establishment - inPost) * 100) / 100,
  specialistsInsideMinimumTerm: 1,
  specialistsPastMinimumTerm: 0,
});

describe('capacity across departments', () => {
  it('sums each department’s lines exactly', () => {
    const [dwp] = departmentTotals([
      line('DWP', 'EO', 0.1, 0.2),
      line('DWP', 'HEO', 0.2, 0),
      line('DWP', 'SEO', 0, 0.1),
    ]);
    expect(dwp).toMatchObject({
      departmentCode: 'DWP',
      establishment: 0.3,
      inPost: 0.3,
      gap: 0,
      openPosts: 0.3,
    });
    expect(dwp.specialistsInsideMinimumTerm).toBe(3);
    expect(dwp.lines).toHaveLength(3);
  });

  it('ranks by gap, largest shortfall first, equal gaps by department code', () => {
    const departments = departmentTotals([
      line('HO', 'EO', 5, 3),
      line('CO', 'EO', 4, 2),
      line('DWP', 'EO', 10, 1),
      line('HMRC', 'EO', 1, 4),
    ]);
    expect(rankByGap(departments).map((d) => [d.departmentCode, d.gap])).toEqual([
      ['DWP', 9],
      ['CO', 2],
      ['HO', 2],
      ['HMRC', -3],
    ]);
    expect(rankByGap(departments, 2).map((d) => d.departmentCode)).toEqual(['DWP', 'CO']);
  });
});
