import { TokenBucketRateLimiter } from './token-bucket.rate-limiter';

function limiterAt(options: { perMinute: number; burst: number; maxKeys?: number }) {
  const clock = { now: 1_000_000 };
  const limiter = new TokenBucketRateLimiter(options, () => clock.now);
  return { limiter, clock };
}

describe('TokenBucketRateLimiter', () => {
  it('lets a quiet caller burst, then refuses saying when a token will be back', () => {
    const { limiter } = limiterAt({ perMinute: 60, burst: 3 });

    const decisions = Array.from({ length: 4 }, () => limiter.take('a'));

    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the per-minute rate, never beyond the burst', () => {
    const { limiter, clock } = limiterAt({ perMinute: 6, burst: 2 });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });

    clock.now += 4_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    clock.now += 6_000;
    expect(limiter.take('a')).toEqual({ allowed: true });

    clock.now += 3_600_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.allowed)).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('keeps a bucket per key', () => {
    const { limiter } = limiterAt({ perMinute: 60, burst: 1 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets buckets that have refilled completely', () => {
    const { limiter, clock } = limiterAt({ perMinute: 60, burst: 10 });
    for (let i = 0; i < 50; i += 1) limiter.take(`caller-${i}`);
    expect(limiter.size).toBe(50);

    clock.now += 9_999;
    limiter.take('late');
    expect(limiter.size).toBe(51);
    clock.now += 1;
    limiter.take('later');
    // Idle for as long as an empty bucket takes to fill (10 s at 1 a second): the 50 early callers are forgotten.
    expect(limiter.size).toBe(2);
  });

  it('holds at most maxKeys, forgetting the least recently seen', () => {
    const { limiter, clock } = limiterAt({ perMinute: 1, burst: 1, maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) {
      limiter.take(key);
      clock.now += 1;
    }
    limiter.take('a');
    limiter.take('d');

    expect(limiter.size).toBe(3);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('c').allowed).toBe(false);
    // 'b' was forgotten, so it starts again with a full bucket.
    expect(limiter.take('b').allowed).toBe(true);
  });
});
