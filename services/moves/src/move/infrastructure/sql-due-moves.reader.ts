import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { DueMovesReader } from '../application/run-due-moves/due-moves.reader';

@Injectable()
export class SqlDueMovesReader extends DueMovesReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async dueToStart(today: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.transactions
      .readManager()
      .query(
        `SELECT id FROM move WHERE status = 'SCHEDULED' AND starts_on <= $1 ORDER BY starts_on, id LIMIT $2`,
        [today, limit],
      );
    return rows.map((row) => row.id);
  }

  async dueToEnd(today: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.transactions
      .readManager()
      .query(
        `SELECT id FROM move WHERE status IN ('STARTED', 'EXTENDED') AND ends_on <= $1 ORDER BY ends_on, id LIMIT $2`,
        [today, limit],
      );
    return rows.map((row) => row.id);
  }
}
