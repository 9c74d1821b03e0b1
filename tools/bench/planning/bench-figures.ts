import { cpus, loadavg } from 'node:os';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

export function summary(timings: number[]): Timing {
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1],
    count: sorted.length,
  };
}

/** Milliseconds the work took, and what it answered. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${Math.round(bytes / 1_048_576).toLocaleString('en-GB')} MB`;
export const count = (value: number) => value.toLocaleString('en-GB');

/** Latency on a shared machine says as much about its load as about the code: printed beside every figure. */
export function machine(): string {
  return `${cpus().length} cores, load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`;
}

export function goal(met: boolean): string {
  return met ? 'met' : 'NOT MET';
}

export function timingLine(name: string, timing: Timing, goalMs?: number): string {
  const verdict = goalMs === undefined ? '' : ` (goal p95 < ${goalMs} ms: ${goal(timing.p95 < goalMs)})`;
  return `${name}: p50 ${ms(timing.p50)}, p95 ${ms(timing.p95)}, max ${ms(timing.max)} over ${timing.count} requests${verdict}`;
}
