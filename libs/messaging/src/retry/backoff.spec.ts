import { Backoff, backoffDelay } from './backoff';

const options = { minMs: 100, maxMs: 5_000 };

describe('backoffDelay', () => {
  it('doubles from minMs on each consecutive failure', () => {
    const noJitter = () => 0;
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, options, noJitter))).toEqual([
      100, 200, 400, 800,
    ]);
  });

  it('never exceeds maxMs, however long the outage', () => {
    expect(backoffDelay(10_000, options, () => 0)).toBe(5_000);
  });

  it('takes at most a fifth off at random, and never goes below minMs', () => {
    expect(backoffDelay(3, options, () => 1)).toBe(320);
    expect(backoffDelay(1, options, () => 1)).toBe(100);
  });
});

describe('Backoff', () => {
  it('starts again from minMs after a success', () => {
    const backoff = new Backoff({ minMs: 10, maxMs: 10 });
    backoff.nextDelay();
    backoff.nextDelay();
    expect(backoff.consecutiveFailures).toBe(2);
    backoff.reset();
    expect(backoff.consecutiveFailures).toBe(0);
  });

  it('refuses bounds that cannot work', () => {
    expect(() => new Backoff({ minMs: 0, maxMs: 10 })).toThrow(RangeError);
    expect(() => new Backoff({ minMs: 20, maxMs: 10 })).toThrow(RangeError);
  });
});
