import type { Logger } from '../logging/create-logger';

export interface PeriodicJobOptions {
  /** For the log. */
  name: string;
  /** How often to run; 0 or less turns the job off (tests call the job directly). */
  everyMs: number;
  logger: Logger;
}

/**
 * Runs a job once at start (catching up after downtime) and then every `everyMs`, one run at a time per instance.
 * Date-driven jobs (closing vacancies, starting and ending moves) must be idempotent and safe on several instances:
 * this only decides when they run. A failed run is logged and retried at the next tick.
 */
export class PeriodicJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly job: () => Promise<Record<string, number> | void>,
    private readonly options: PeriodicJobOptions,
  ) {}

  start(): void {
    if (this.options.everyMs <= 0 || this.timer) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.options.everyMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress, so shutdown never cuts a job in half. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    const { name, logger } = this.options;
    this.running = this.job()
      .then((outcome) => {
        if (outcome && Object.values(outcome).some((count) => count > 0))
          logger.info({ job: name, ...outcome }, `${name} ran`);
      })
      .catch((error: unknown) => logger.error({ err: error, job: name }, `${name} failed`))
      .finally(() => (this.running = undefined));
  }
}
