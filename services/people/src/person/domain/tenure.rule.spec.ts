import { addCalendarMonths, minimumTermMonths, tenureDates, TenurePolicy } from './tenure.rule';

const policy: TenurePolicy = {
  defaultMonths: 12,
  gradeMonths: new Map([
    ['SCS1', 36],
    ['SCS2', 36],
  ]),
  trackMonths: new Map([
    ['DDAT.DATA_SCIENCE', 24],
    ['ECON.LONG', 48],
  ]),
};

describe('addCalendarMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2025-04-01', 36, '2028-04-01'],
    ['2025-08-31', 6, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addCalendarMonths(from, months)).toBe(expected);
  });
});

describe('minimumTermMonths', () => {
  it('takes the configured default when neither a track nor the grade sets a minimum', () => {
    expect(minimumTermMonths(policy, { grade: 'G7', startedInPostOn: '2025-01-01' })).toBe(12);
    expect(
      minimumTermMonths({ ...policy, defaultMonths: 18 }, { grade: 'G7', startedInPostOn: '2025-01-01' }),
    ).toBe(18);
  });

  it("takes the grade's published minimum (SCS1/SCS2: 36)", () => {
    expect(minimumTermMonths(policy, { grade: 'SCS1', startedInPostOn: '2025-01-01' })).toBe(36);
  });

  it("takes the track's minimum on a track, even when shorter than the default", () => {
    expect(
      minimumTermMonths(
        { ...policy, defaultMonths: 30 },
        {
          grade: 'G7',
          specialistTrackCode: 'DDAT.DATA_SCIENCE',
          startedInPostOn: '2025-01-01',
        },
      ),
    ).toBe(24);
  });

  it('takes the longest when both the track and the grade set one', () => {
    const onTrack = { specialistTrackCode: 'DDAT.DATA_SCIENCE', startedInPostOn: '2025-01-01' };
    expect(minimumTermMonths(policy, { ...onTrack, grade: 'SCS1' })).toBe(36);
    expect(minimumTermMonths(policy, { ...onTrack, specialistTrackCode: 'ECON.LONG', grade: 'SCS1' })).toBe(
      48,
    );
  });

  it('falls back to the grade or the default for a track the catalogue no longer has', () => {
    expect(
      minimumTermMonths(policy, { grade: 'G6', specialistTrackCode: 'GONE', startedInPostOn: '2025-01-01' }),
    ).toBe(12);
  });
});

describe('tenureDates', () => {
  it('ends the minimum term on the calendar date, months after starting in post', () => {
    expect(tenureDates(policy, { grade: 'SCS2', startedInPostOn: '2023-01-31' })).toEqual({
      minimumTermEndsOn: '2026-01-31',
      eligibleToMoveFrom: '2026-01-31',
    });
    expect(tenureDates(policy, { grade: 'HEO', startedInPostOn: '2024-02-29' }).minimumTermEndsOn).toBe(
      '2025-02-28',
    );
  });

  it('makes the person eligible from the later of the minimum term and their own earliest move date', () => {
    const subject = { grade: 'HEO', startedInPostOn: '2025-01-01' };
    expect(tenureDates(policy, { ...subject, earliestMoveOn: '2026-06-01' }).eligibleToMoveFrom).toBe(
      '2026-06-01',
    );
    expect(tenureDates(policy, { ...subject, earliestMoveOn: '2025-06-01' }).eligibleToMoveFrom).toBe(
      '2026-01-01',
    );
  });
});
