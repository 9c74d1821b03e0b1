export interface EventuallyOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Polls an assertion until it passes or the time runs out, then rethrows its last failure.
 * Asynchronous effects (events relayed, consumed, projected) are asserted with this, never with fixed sleeps.
 */
export async function expectEventually<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 20_000, intervalMs = 50 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const message = lastError instanceof Error ? lastError.message : String(lastError);
  const timeout = new Error(`expectEventually: still failing after ${timeoutMs} ms: ${message}`);
  if (lastError instanceof Error) timeout.stack = `${timeout.message}\n${lastError.stack}`;
  throw timeout;
}
