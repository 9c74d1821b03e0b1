import { Logger, PeriodicJob, ROOT_LOGGER } from '@civil/platform';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { RunDueMovesHandler } from '../application/run-due-moves/run-due-moves.handler';

export const MOVE_SCHEDULE_OPTIONS = Symbol('MOVE_SCHEDULE_OPTIONS');

export interface MoveScheduleOptions {
  /** How often to start and end moves that are due; 0 turns the timer off (tests run the job themselves). */
  everyMs: number;
}

/** Starts moves on their start date and ends temporary ones on their end date: at start-up, then periodically. */
@Injectable()
export class MoveScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    handler: RunDueMovesHandler,
    @Inject(MOVE_SCHEDULE_OPTIONS) options: MoveScheduleOptions,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.job = new PeriodicJob(() => handler.execute() as unknown as Promise<Record<string, number>>, {
      name: 'start and end due moves',
      everyMs: options.everyMs,
      logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
