import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  CapacityBehindEntry,
  CapacityBehindQuery,
  CapacityBehindReader,
} from '../application/capacity-behind.reader';
import { MoveSnapshot } from '../../move/domain/move.aggregate';
import { MOVE_COLUMNS, MoveRow, toSnapshot } from '../../move/infrastructure/move-row';
import { behindSql } from './capacity-behind.sql';

interface EntryRow {
  key: string;
  person_id: string | null;
  move_id: string | null;
  vacancy_id: string | null;
  fte: number;
}

@Injectable()
export class SqlCapacityBehindReader extends CapacityBehindReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async behind(query: CapacityBehindQuery): Promise<CapacityBehindEntry[]> {
    const { line } = query;
    const rows: EntryRow[] = await this.transactions
      .readManager()
      .query(behindSql(query.figure), [
        [query.asOf],
        query.today,
        line.departmentCode,
        line.profession,
        line.grade,
        query.location ?? null,
        query.after ?? null,
        query.first,
      ]);
    return rows.map((row) => ({
      key: row.key,
      ...(row.person_id && { personId: row.person_id }),
      ...(row.move_id && { moveId: row.move_id }),
      ...(row.vacancy_id && { vacancyId: row.vacancy_id }),
      fte: row.fte / 100,
    }));
  }

  async moves(ids: readonly string[]): Promise<MoveSnapshot[]> {
    const rows: MoveRow[] = await this.transactions
      .readManager()
      .query(`SELECT ${MOVE_COLUMNS} FROM move WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map(toSnapshot);
  }
}
