/** Milliseconds since the epoch; tests pass a clock they move by hand. */
export type Clock = () => number;

export interface RateLimiterOptions {
  /** Tokens added per minute: the sustained rate each key may keep up. */
  perMinute: number;
  /** The bucket's size: how many requests a key that has been quiet may make at once. */
  burst: number;
  /** Most keys held at once; past it the least recently seen is forgotten. */
  maxKeys?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Enough for every client of a busy gateway at about 100 bytes each; past it, memory stays flat. */
const DEFAULT_MAX_KEYS = 100_000;
const EPSILON = 1e-9;

/**
 * A token bucket per key (caller), held in this process's memory.
 *
 * Per instance on purpose: it protects this gateway process from one runaway or hostile caller without a network hop
 * or a shared store that could fail. With N instances behind a load balancer a caller can get up to N times the
 * configured rate; divide RATE_LIMIT_PER_MINUTE by N, route each caller to one instance, or, if the limit must be an
 * exact quota, move the buckets to a shared store (e.g. Redis with an atomic script).
 *
 * Memory is bounded: a bucket left alone long enough to refill completely is indistinguishable from a new one and is
 * dropped, and past `maxKeys` the least recently seen key is forgotten (it starts again with a full bucket). The map
 * is kept in least-recently-seen order, so both evictions only look at its head.
 */
export class TokenBucketRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly msPerToken: number;
  /** How long an empty bucket takes to fill, to the millisecond above. */
  private readonly refillMs: number;
  private readonly maxKeys: number;

  constructor(
    private readonly options: RateLimiterOptions,
    private readonly now: Clock = Date.now,
  ) {
    this.msPerToken = 60_000 / options.perMinute;
    this.refillMs = Math.ceil((options.burst * 60_000) / options.perMinute);
    this.maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  }

  /** Spends one token of `key`'s bucket if there is one. */
  take(key: string): RateDecision {
    const now = this.now();
    this.evictIdle(now);
    const bucket = this.refilled(key, now);
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    // Tokens are fractional; a hair of float rounding must not turn a whole token into a refusal or add a second.
    if (bucket.tokens >= 1 - EPSILON) {
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      return { allowed: true };
    }
    const waitMs = Math.round((1 - bucket.tokens) * this.msPerToken);
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** How many keys are held (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.options.burst, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt);
    return {
      tokens: Math.min(this.options.burst, bucket.tokens + elapsed / this.msPerToken),
      updatedAt: now,
    };
  }

  private evictIdle(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt < this.refillMs) return;
      this.buckets.delete(key);
    }
  }
}
