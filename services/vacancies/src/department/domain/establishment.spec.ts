import { establishmentEntry, establishmentSubject, isCalendarDate } from './establishment';

const GRADES = ['EO', 'HEO', 'G7'];
const valid = {
  departmentCode: 'DWP',
  profession: ' Policy ',
  grade: 'HEO',
  fte: 12.5,
  effectiveFrom: '2026-04-01',
};

describe('establishmentEntry', () => {
  it('accepts a line in hundredths, trimming the profession', () => {
    expect(establishmentEntry(valid, GRADES)).toEqual({ ...valid, profession: 'Policy' });
  });

  it('accepts 0, which ends the line', () => {
    expect(establishmentEntry({ ...valid, fte: 0 }, GRADES).fte).toBe(0);
  });

  it('rounds away float noise without changing the value (0.1 + 0.2)', () => {
    expect(establishmentEntry({ ...valid, fte: 0.1 + 0.2 }, GRADES).fte).toBe(0.3);
  });

  it.each([
    [{ grade: 'SCS9' }, 'ESTABLISHMENT.UNKNOWN_GRADE', 'grade'],
    [{ profession: ' ' }, 'ESTABLISHMENT.PROFESSION_REQUIRED', 'profession'],
    [{ fte: -1 }, 'ESTABLISHMENT.FTE_OUT_OF_RANGE', 'fte'],
    [{ fte: 1.005 }, 'ESTABLISHMENT.FTE_OUT_OF_RANGE', 'fte'],
    [{ fte: Number.NaN }, 'ESTABLISHMENT.FTE_OUT_OF_RANGE', 'fte'],
    [{ fte: 1_000_001 }, 'ESTABLISHMENT.FTE_OUT_OF_RANGE', 'fte'],
    [{ effectiveFrom: '2026-02-30' }, 'ESTABLISHMENT.INVALID_DATE', 'effectiveFrom'],
  ])('refuses %j with %s', (change, code, field) => {
    expect(() => establishmentEntry({ ...valid, ...change }, GRADES)).toThrow(
      expect.objectContaining({ code, field }),
    );
  });
});

describe('calendar dates and subjects', () => {
  it('knows a real date from a shaped one', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('keys a line as DEPARTMENT/PROFESSION/GRADE', () => {
    expect(establishmentSubject({ ...valid, profession: 'Policy' })).toBe('DWP/Policy/HEO');
  });
});
