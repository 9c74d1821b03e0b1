import { capacityDate, forecastMonths } from './capacity-dates.rules';

describe('the dates capacity is read at', () => {
  it('reads today when no date is given, and refuses a past date or a date that does not exist', () => {
    expect(capacityDate(undefined, '2026-11-24')).toBe('2026-11-24');
    expect(capacityDate('2027-03-01', '2026-11-24')).toBe('2027-03-01');
    expect(() => capacityDate('2026-11-23', '2026-11-24')).toThrow(
      expect.objectContaining({ code: 'CAPACITY.AS_OF_IN_THE_PAST', field: 'asOf' }),
    );
    expect(() => capacityDate('2027-02-30', '2026-11-24')).toThrow(
      expect.objectContaining({ code: 'CAPACITY.INVALID_DATE' }),
    );
  });

  it('forecasts from today, then from the first of each month, across a year end', () => {
    expect(forecastMonths('2026-11-24', 3)).toEqual([
      { month: '2026-11', startsOn: '2026-11-24', endsBefore: '2026-12-01' },
      { month: '2026-12', startsOn: '2026-12-01', endsBefore: '2027-01-01' },
      { month: '2027-01', startsOn: '2027-01-01', endsBefore: '2027-02-01' },
    ]);
    expect(forecastMonths('2026-01-31', 12)).toHaveLength(12);
    expect(forecastMonths('2026-01-31', 12)[11]).toEqual({
      month: '2026-12',
      startsOn: '2026-12-01',
      endsBefore: '2027-01-01',
    });
  });

  it('forecasts 1 to 12 months', () => {
    for (const months of [0, 13, 1.5])
      expect(() => forecastMonths('2026-11-24', months)).toThrow(
        expect.objectContaining({ code: 'CAPACITY.MONTHS_OUT_OF_RANGE', field: 'months' }),
      );
  });
});
