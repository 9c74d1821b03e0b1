import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveStep, MoveStepLedger } from '../application/apply-move-outcome/move-step.ledger';

// The primary key (move_id, step) decides: a concurrent second delivery waits on the first's row, then inserts nothing.
const RECORD_STEP = `
  INSERT INTO person_move_step (move_id, step, person_id, applied_at) VALUES ($1, $2, $3, $4)
  ON CONFLICT (move_id, step) DO NOTHING
  RETURNING move_id`;

@Injectable()
export class TypeOrmMoveStepLedger extends MoveStepLedger {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async recordFirst(personId: string, moveId: string, step: MoveStep, at: Date): Promise<boolean> {
    const rows: unknown[] = await this.transactions
      .manager()
      .query(RECORD_STEP, [moveId, step, personId, at]);
    return rows.length === 1;
  }
}
