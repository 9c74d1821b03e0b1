import { Logger, PeriodicJob, ROOT_LOGGER, TypeOrmTransactionRunner } from '@civil/platform';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

// Each busy line's rows become one, in one statement: a reader sees the rows before or after, never half. Rows
// appended while it runs are not in its snapshot and stay for the next run; two runs at once delete each row once.
const COMPACT = `
  WITH busy AS (
    SELECT department_code, profession, grade FROM capacity_headcount
    GROUP BY department_code, profession, grade HAVING count(*) > 1
  ),
  gone AS (
    DELETE FROM capacity_headcount h USING busy b
    WHERE h.department_code = b.department_code AND h.profession = b.profession AND h.grade = b.grade
    RETURNING h.*
  )
  INSERT INTO capacity_headcount (department_code, profession, grade, people, fte_hundredths)
  SELECT department_code, profession, grade, sum(people), sum(fte_hundredths) FROM gone
  GROUP BY department_code, profession, grade
  HAVING sum(people) <> 0 OR sum(fte_hundredths) <> 0
  RETURNING 1`;

/** How often the headcount's change rows are folded (a few seconds of events at the busiest). */
export const COMPACT_HEADCOUNT_EVERY_MS = 30_000;

/**
 * The headcount per line is a list of signed changes (append-only, see migration 1795490000000); folding them keeps
 * it at about one row per line, so capacity reads stay as fast as the 200 ms goal needs.
 */
@Injectable()
export class CapacityHeadcountCompactor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly job: PeriodicJob;

  constructor(
    private readonly transactions: TypeOrmTransactionRunner,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.job = new PeriodicJob(() => this.compact(), {
      name: 'compact the capacity headcount',
      everyMs: COMPACT_HEADCOUNT_EVERY_MS,
      logger,
    });
  }

  async compact(): Promise<{ lines: number }> {
    const rows: unknown[] = await this.transactions.run(() => this.transactions.manager().query(COMPACT));
    return { lines: rows.length };
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.job.stop();
  }
}
