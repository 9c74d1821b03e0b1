import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  EstablishmentReadModelStore,
  KnownEstablishmentEntry,
} from '../application/establishment-read-model.store';

// The version guard sits in the statement, so two deliveries racing each other still leave the newer value.
const UPSERT = `
  INSERT INTO establishment_read_model (department_code, profession, grade, effective_from, fte_hundredths, version)
  VALUES ($1, $2, $3, $4, $5, $6)
  ON CONFLICT (department_code, profession, grade, effective_from) DO UPDATE SET
    fte_hundredths = EXCLUDED.fte_hundredths, version = EXCLUDED.version
  WHERE establishment_read_model.version < EXCLUDED.version
  RETURNING version`;

@Injectable()
export class SqlEstablishmentReadModelStore extends EstablishmentReadModelStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async save(e: KnownEstablishmentEntry): Promise<'applied' | 'stale'> {
    const rows: unknown[] = await this.transactions
      .manager()
      .query(UPSERT, [e.departmentCode, e.profession, e.grade, e.effectiveFrom, e.fteHundredths, e.version]);
    return rows.length > 0 ? 'applied' : 'stale';
  }
}
