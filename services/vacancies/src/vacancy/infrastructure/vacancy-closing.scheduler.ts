import { Logger, ROOT_LOGGER } from '@civil/platform';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CloseVacanciesAtClosingDateHandler } from '../application/close-vacancies-at-closing-date/close-vacancies-at-closing-date.handler';

export const VACANCY_CLOSING_OPTIONS = Symbol('VACANCY_CLOSING_OPTIONS');

export interface VacancyClosingOptions {
  /** How often to look for vacancies past their closing date; 0 turns the job off (a test calls it directly). */
  everyMs: number;
}

/**
 * Runs the auto-close job at start (catching up after downtime) and then every `everyMs`. One run at a time per
 * instance; several instances are safe (the job skips rows another holds). A failed run is logged and retried next
 * time: a vacancy left open a minute longer is no harm.
 */
@Injectable()
export class VacancyClosingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly logger: Logger;

  constructor(
    private readonly job: CloseVacanciesAtClosingDateHandler,
    @Inject(VACANCY_CLOSING_OPTIONS) private readonly options: VacancyClosingOptions,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ job: 'close-vacancies-at-closing-date' });
  }

  onApplicationBootstrap(): void {
    if (this.options.everyMs <= 0) return;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.options.everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.job
      .execute()
      .then((closed) => {
        if (closed > 0) this.logger.info({ closed }, 'closed vacancies past their closing date');
      })
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'closing vacancies past their closing date failed'),
      )
      .finally(() => (this.running = undefined));
  }
}
