import { capacityEffect, CapacityFiguresAt } from './capacity-effect';

const line = (departmentCode: string, figures: Partial<CapacityFiguresAt> = {}): CapacityFiguresAt => ({
  departmentCode,
  profession: 'Statistics',
  grade: 'HEO',
  establishment: 10,
  substantive: 10,
  away: 0,
  hereOnLoanOrSecondment: 0,
  inPost: 10,
  incoming: 0,
  outgoing: 0,
  openPosts: 0,
  gap: 0,
  ...figures,
});
const move = {
  homeDepartmentCode: 'DWP',
  hostDepartmentCode: 'HMRC',
  profession: 'Statistics',
  grade: 'HEO',
  fte: 1,
};

describe('capacityEffect', () => {
  it('takes the person’s FTE from the home line to the host line and recomputes both gaps', () => {
    const [dwp, hmrc] = capacityEffect(
      [
        line('DWP', { establishment: 10, substantive: 11, inPost: 11, gap: -1 }),
        line('HMRC', { inPost: 8, substantive: 8, gap: 2, openPosts: 1 }),
      ],
      [{ ...move, fte: 0.6 }],
    );
    expect(dwp).toEqual({
      departmentCode: 'DWP',
      movesIn: 0,
      movesOut: 1,
      lines: [
        expect.objectContaining({
          profession: 'Statistics',
          grade: 'HEO',
          before: expect.objectContaining({ substantive: 11, inPost: 11, gap: -1 }),
          after: expect.objectContaining({ substantive: 10.4, inPost: 10.4, gap: -0.4 }),
          movesOut: 1,
        }),
      ],
    });
    // A gap move fills no advertised post: open posts stay.
    expect(hmrc.lines[0].after).toEqual({ ...hmrc.lines[0].before, substantive: 8.6, inPost: 8.6, gap: 1.4 });
  });

  it('closes the vacancy’s open post when the move fills it', () => {
    const [, hmrc] = capacityEffect(
      [line('DWP'), line('HMRC', { openPosts: 2, inPost: 8, gap: 2 })],
      [{ ...move, ftePerPost: 1 }],
    );
    expect(hmrc.lines[0].after).toMatchObject({ openPosts: 1, inPost: 9, gap: 1 });
  });

  it('shows every line of the departments a move touches, and no other department', () => {
    const effect = capacityEffect(
      [line('DWP'), line('DWP', { grade: 'SEO' }), line('HMRC'), line('MOJ', { gap: 5 })],
      [move],
    );
    expect(effect.map((department) => department.departmentCode)).toEqual(['DWP', 'HMRC']);
    const unchanged = effect[0].lines.find((l) => l.grade === 'SEO')!;
    expect(unchanged.after).toEqual(unchanged.before);
    expect(unchanged).toMatchObject({ movesIn: 0, movesOut: 0 });
  });

  it('starts from nothing for a line capacity had no figures for', () => {
    const [, hmrc] = capacityEffect([line('DWP')], [move]);
    expect(hmrc.lines[0]).toMatchObject({
      before: { establishment: 0, inPost: 0, gap: 0 },
      after: { establishment: 0, inPost: 1, substantive: 1, gap: -1 },
      movesIn: 1,
    });
  });

  it('adds up exactly over many moves, both ways between the same departments', () => {
    const there = Array.from({ length: 10 }, () => ({ ...move, fte: 0.1 }));
    const back = Array.from({ length: 3 }, () => ({
      ...move,
      homeDepartmentCode: 'HMRC',
      hostDepartmentCode: 'DWP',
      fte: 0.7,
    }));
    const [dwp, hmrc] = capacityEffect([line('DWP'), line('HMRC')], [...there, ...back]);
    expect(dwp.lines[0].after).toMatchObject({ inPost: 11.1, gap: -1.1 });
    expect(hmrc.lines[0].after).toMatchObject({ inPost: 8.9, gap: 1.1 });
    expect([dwp.movesIn, dwp.movesOut, hmrc.movesIn, hmrc.movesOut]).toEqual([3, 10, 10, 3]);
  });

  it('is empty for a plan without moves', () => {
    expect(capacityEffect([line('DWP')], [])).toEqual([]);
  });
});
