export type Closer = () => Promise<unknown>;

/** How long one step may take before the rest go ahead without it; PostgreSQL must still be stopped last. */
const STEP_TIMEOUT_MS = 15_000;

function withinTimeout(work: Promise<unknown>, name: string): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${name} did not stop within ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What has been started, in order, so it can be stopped in reverse: the gateway before the subgraphs it calls, the
 * subgraphs (their relays and inboxes) before the transports they borrowed, PostgreSQL last. Failed starts use it too,
 * so a half-started platform never leaves a database server behind.
 */
export class Shutdown {
  private readonly steps: { name: string; close: Closer }[] = [];

  defer(name: string, close: Closer): void {
    this.steps.push({ name, close });
  }

  /** Runs every step even when one fails; resolves with the failures (empty when everything stopped cleanly). */
  async run(onStep: (name: string) => void = () => undefined): Promise<string[]> {
    const failures: string[] = [];
    for (const { name, close } of this.steps.splice(0).reverse()) {
      onStep(name);
      try {
        await withinTimeout(close(), name);
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return failures;
  }
}
