export interface BackoffOptions {
  minMs: number;
  maxMs: number;
}

/**
 * Capped exponential backoff: minMs, 2*minMs, 4*minMs ... up to maxMs, with up to 20% taken off at random so that
 * replicas which failed together (a broker outage hits every relay at once) do not all retry in the same instant.
 */
export function backoffDelay(
  attempt: number,
  { minMs, maxMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const capped = Math.min(maxMs, minMs * 2 ** exponent);
  return Math.max(minMs, Math.round(capped * (1 - 0.2 * random())));
}

/** Counts consecutive failures of one loop; a success starts the sequence again from minMs. */
export class Backoff {
  private failures = 0;

  constructor(private readonly options: BackoffOptions) {
    if (options.minMs <= 0 || options.maxMs < options.minMs) {
      throw new RangeError(
        `backoff needs 0 < minMs <= maxMs, got minMs=${options.minMs} maxMs=${options.maxMs}`,
      );
    }
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  nextDelay(): number {
    this.failures += 1;
    return backoffDelay(this.failures, this.options);
  }

  reset(): void {
    this.failures = 0;
  }
}
