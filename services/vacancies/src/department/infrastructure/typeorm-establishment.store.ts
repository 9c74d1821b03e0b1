import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  AppendedEntry,
  EstablishmentAuthor,
  EstablishmentFilter,
  EstablishmentStore,
} from '../application/establishment.store';
import { EstablishmentEntry, EstablishmentLine, establishmentSubject } from '../domain/establishment';
import { APPEND_ENTRY, LINES_IN_FORCE, LOCK_LINE } from './establishment.sql';

interface LineRow {
  department_code: string;
  profession: string;
  grade: string;
  fte: string;
  effective_from: string;
}

@Injectable()
export class TypeOrmEstablishmentStore extends EstablishmentStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async append(entry: EstablishmentEntry, author: EstablishmentAuthor): Promise<AppendedEntry> {
    const manager = this.transactions.manager();
    await manager.query(LOCK_LINE, [establishmentSubject(entry)]);
    const [row]: { version: number; previous_fte: string | null }[] = await manager.query(APPEND_ENTRY, [
      entry.departmentCode,
      entry.profession,
      entry.grade,
      entry.fte,
      entry.effectiveFrom,
      author.subject,
      author.personId ?? null,
      author.at,
      author.traceId,
    ]);
    return {
      version: Number(row.version),
      previousFte: row.previous_fte === null ? null : Number(row.previous_fte),
    };
  }

  async inForce(
    departmentCodes: readonly string[],
    asOf: string,
    filter: EstablishmentFilter,
  ): Promise<EstablishmentLine[]> {
    if (departmentCodes.length === 0) return [];
    const rows: LineRow[] = await this.transactions
      .readManager()
      .query(LINES_IN_FORCE, [[...departmentCodes], asOf, filter.profession ?? null, filter.grade ?? null]);
    return rows.map((row) => ({
      departmentCode: row.department_code,
      profession: row.profession,
      grade: row.grade,
      // numeric(9, 2) arrives as a string; hundredths are exact as a JS number at this size.
      fte: Number(row.fte),
      effectiveFrom: row.effective_from,
    }));
  }
}
