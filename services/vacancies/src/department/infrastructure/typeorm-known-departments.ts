import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { KnownDepartments } from '../application/known-departments';

/**
 * A primary-key probe rather than a cache: an organisation cross-government HR adds is known at once on every
 * replica, and inside a transaction the probe sees what that transaction added.
 */
@Injectable()
export class TypeOrmKnownDepartments extends KnownDepartments {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async has(code: string): Promise<boolean> {
    const rows: unknown[] = await this.transactions
      .readManager()
      .query(`SELECT 1 FROM department WHERE code = $1`, [code]);
    return rows.length === 1;
  }
}
