import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { dateOf } from '../../domain/calendar';
import { MoveChangeRunner } from '../move-change.runner';
import { DueMovesReader } from './due-moves.reader';

const PAGE = 200;

export interface DueMovesOutcome {
  started: number;
  ended: number;
  failed: number;
}

/**
 * Starts moves on their start date and ends temporary ones on their end date, each in its own transaction. Dates,
 * not timers: a run after downtime catches up on everything due by today, and running twice (or on two instances at
 * once) changes nothing twice, because each move is locked and its start and end are idempotent.
 */
@Injectable()
export class RunDueMovesHandler {
  private readonly logger = new Logger('RunDueMoves');

  constructor(
    private readonly due: DueMovesReader,
    private readonly changes: MoveChangeRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<DueMovesOutcome> {
    const today = dateOf(this.clock.now());
    const traceId = randomBytes(16).toString('hex');
    const outcome: DueMovesOutcome = { started: 0, ended: 0, failed: 0 };
    const run = async (ids: string[], apply: 'start' | 'end') => {
      for (const moveId of ids) {
        try {
          await this.changes.run({ moveId, traceId, authority: 'system' }, (move, { now }) =>
            apply === 'start' ? move.start(today, now) : move.end(today, now),
          );
          outcome[apply === 'start' ? 'started' : 'ended'] += 1;
        } catch (error) {
          // One bad move must not stop the others; it stays due and is retried on the next run.
          outcome.failed += 1;
          this.logger.error(
            `could not ${apply} move ${moveId}: ${error instanceof Error ? error.message : error}`,
          );
        }
      }
    };
    for (
      let ids = await this.due.dueToStart(today, PAGE);
      ids.length > 0;
      ids = await this.due.dueToStart(today, PAGE)
    ) {
      await run(ids, 'start');
      if (ids.length < PAGE || outcome.failed > 0) break;
    }
    for (
      let ids = await this.due.dueToEnd(today, PAGE);
      ids.length > 0;
      ids = await this.due.dueToEnd(today, PAGE)
    ) {
      await run(ids, 'end');
      if (ids.length < PAGE || outcome.failed > 0) break;
    }
    return outcome;
  }
}
