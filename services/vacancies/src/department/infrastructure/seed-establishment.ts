import { EstablishmentChanged } from '@civil/contracts';
import { OutboxBatchEvent, OutboxWriter } from '@civil/messaging';
import { DataSource } from 'typeorm';
import { EstablishmentEntry, establishmentSubject } from '../domain/establishment';

export interface SeedEstablishmentOptions {
  /** Kept on every row as who set it; default `seed`. */
  setBy?: string;
  /** When given, each row's EstablishmentChanged goes to the outbox in the same transaction, as setEstablishment's does. */
  outbox?: OutboxWriter;
  /** Rows per INSERT; default 2,000. */
  batchSize?: number;
}

// Each line's rows are numbered after what the line holds already, in the order given.
const INSERT_BATCH = `
  INSERT INTO establishment_entry
    (department_code, profession, grade, fte, effective_from, version, set_by_subject, set_at)
  SELECT line.department_code, line.profession, line.grade, line.fte, line.effective_from,
    coalesce((SELECT max(version) FROM establishment_entry existing
              WHERE existing.department_code = line.department_code AND existing.profession = line.profession
                AND existing.grade = line.grade), 0)
      + row_number() OVER (PARTITION BY line.department_code, line.profession, line.grade ORDER BY line.n),
    $6::varchar, now()
  FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::numeric[], $5::date[]) WITH ORDINALITY
    AS line (department_code, profession, grade, fte, effective_from, n)
  RETURNING department_code, profession, grade, fte, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, version`;

interface InsertedRow {
  department_code: string;
  profession: string;
  grade: string;
  fte: string;
  effective_from: string;
  version: number;
}

/**
 * Demo and benchmark data in bulk: thousands of establishment entries in a few statements and one transaction,
 * instead of one setEstablishment call each. It trusts its input (a generator's, already valid) and does not audit;
 * departments must exist. Not for production changes, which go through setEstablishment.
 */
export async function seedEstablishment(
  dataSource: DataSource,
  entries: readonly EstablishmentEntry[],
  options: SeedEstablishmentOptions = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 2_000;
  return dataSource.transaction(async (manager) => {
    for (let start = 0; start < entries.length; start += batchSize) {
      const batch = entries.slice(start, start + batchSize);
      const rows: InsertedRow[] = await manager.query(INSERT_BATCH, [
        batch.map((entry) => entry.departmentCode),
        batch.map((entry) => entry.profession),
        batch.map((entry) => entry.grade),
        batch.map((entry) => entry.fte),
        batch.map((entry) => entry.effectiveFrom),
        options.setBy ?? 'seed',
      ]);
      if (options.outbox) await options.outbox.appendAll(manager, rows.sort(byLineAndVersion).map(toEvent));
    }
    return entries.length;
  });
}

// Per-line order: the outbox keeps it for events appended in version order.
const byLineAndVersion = (a: InsertedRow, b: InsertedRow) =>
  establishmentSubject(toEntry(a)).localeCompare(establishmentSubject(toEntry(b))) || a.version - b.version;

const toEntry = (row: InsertedRow): EstablishmentEntry => ({
  departmentCode: row.department_code,
  profession: row.profession,
  grade: row.grade,
  fte: Number(row.fte),
  effectiveFrom: row.effective_from,
});

function toEvent(row: InsertedRow): OutboxBatchEvent {
  const entry = toEntry(row);
  return {
    definition: EstablishmentChanged as OutboxBatchEvent['definition'],
    subject: establishmentSubject(entry),
    aggregateVersion: Number(row.version),
    data: entry,
  };
}
