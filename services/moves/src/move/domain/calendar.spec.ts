import { addCalendarMonths, dateOf } from './calendar';

describe('dateOf', () => {
  it('is the London day: in summer (BST) 23:30 UTC is already tomorrow', () => {
    expect(dateOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(dateOf(new Date('2026-07-01T22:59:59Z'))).toBe('2026-07-01');
  });

  it('is the UTC day in winter (GMT)', () => {
    expect(dateOf(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
    expect(dateOf(new Date('2026-12-02T00:00:00Z'))).toBe('2026-12-02');
  });
});

describe('addCalendarMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('crosses years both ways', () => {
    expect(addCalendarMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addCalendarMonths('2026-02-15', -3)).toBe('2025-11-15');
  });
});
