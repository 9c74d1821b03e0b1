import { dateOf } from './vacancy.rules';

describe('dateOf (closing dates are UK days)', () => {
  it('a vacancy closing on 1 July still takes applications at 22:30 UTC, and not at 23:30 UTC (midnight BST)', () => {
    expect(dateOf(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-01');
    expect(dateOf(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
  });

  it('in winter the UK day is the UTC day', () => {
    expect(dateOf(new Date('2026-01-15T23:59:59Z'))).toBe('2026-01-15');
  });
});
