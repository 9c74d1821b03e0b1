import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';

const NEXT = `UPDATE vacancy SET event_version = event_version + 1 WHERE id = $1 RETURNING event_version`;

/**
 * The version stamped on the next event about a vacancy. Lifecycle events and reservation answers share the vacancy
 * as subject, and a consumer's inbox applies only a version newer than the last it took in for that subject, so
 * every event about a vacancy needs the next number of one sequence. Called under the vacancy's row lock (every
 * writer takes it first), so the numbers follow commit order.
 */
@Injectable()
export class VacancyEventVersions {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {}

  /** Undefined when the vacancy does not exist. */
  async next(vacancyId: string): Promise<number | undefined> {
    const [rows] = await this.transactions.manager().query(NEXT, [vacancyId]);
    return (rows as { event_version: number }[])[0]?.event_version;
  }
}
