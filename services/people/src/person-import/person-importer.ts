import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { uuidv7 } from '@civil/contracts';
import { Clock, OutboxWriter, systemClock } from '@civil/messaging';
import { parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { toIntegrationEvent } from '../person/application/integration-events/person-integration-events.mapper';
import { PersonSnapshot } from '../person/domain/person.aggregate';
import { ReferenceDataCatalog } from '../reference-data/application/reference-data.catalog';
import { IMPORT_COLUMNS, ImportColumn, REQUIRED_COLUMNS } from './import-columns';
import { ImportReference } from './import-reference';
import { ImportRowError, PersonImportRow, RejectedRow } from './import-row';
import { ImportCells, parseImportRow } from './import-row.parser';
import { PersonImportPlan, planRow } from './person-import.plan';
import { emailHolders, loadStored, writePlans } from './person-import.store';

export interface ImportProgress {
  file: string;
  bytesRead: number;
  totalBytes: number;
  rows: number;
  rejected: number;
  elapsedMs: number;
}

export interface ImportOptions {
  /** Rows per transaction (default 2,000): each batch's people and events commit together. */
  batchSize?: number;
  /** Every rejected row, as soon as it is found. */
  onRejected?: (row: RejectedRow) => void;
  /** Batches written at once, each in its own transaction (default 2). */
  concurrency?: number;
  /** After each batch commits. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Travels in every event of the run, so they can be followed together; a fresh one by default. */
  traceId?: string;
}

export interface ImportSummary {
  rows: number;
  registered: number;
  changed: number;
  unchanged: number;
  rejected: number;
  events: number;
  batches: number;
  elapsedMs: number;
}

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const DEFAULT_BATCH = 2_000;
const DEFAULT_CONCURRENCY = 2;

function emptySummary(): ImportSummary {
  return {
    rows: 0,
    registered: 0,
    changed: 0,
    unchanged: 0,
    rejected: 0,
    events: 0,
    batches: 0,
    elapsedMs: 0,
  };
}

/** Lines a chunk of raw CSV spans, and the blank lines before its record. */
function newlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

interface Batch {
  rows: PersonImportRow[];
  rejected: RejectedRow[];
}

/**
 * Bulk HR import (README, "Bulk HR import"): streams CSV feeds into the people tables through the Person aggregate,
 * in batches, each one transaction holding its people, their skills and their events in the outbox. A row that breaks
 * a rule is reported with its line and skipped; the rest go in. Upsert by staff number: an unchanged row writes and
 * publishes nothing, so a feed can be imported again safely. A staff number or work email a file gives twice is
 * imported from its first valid row; the later rows are rejected (a feed states each person once, and "last wins"
 * would make a re-run publish the first row's values again).
 */
export class PersonImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly catalog: ReferenceDataCatalog,
    private readonly options: { clock?: Clock; defaultMinimumAssignmentMonths?: number } = {},
  ) {}

  async importFiles(paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
    const total = emptySummary();
    const run = await this.startRun();
    for (const path of paths) {
      const size = statSync(path).size;
      const summary = await this.importStream(createReadStream(path), basename(path), options, size, run);
      for (const key of Object.keys(total) as (keyof ImportSummary)[]) total[key] += summary[key];
    }
    return total;
  }

  async importStream(
    input: Readable,
    file: string,
    options: ImportOptions = {},
    totalBytes = 0,
    run?: ImportRun,
  ): Promise<ImportSummary> {
    const started = Date.now();
    const state = run ?? (await this.startRun());
    const summary = emptySummary();
    const batchSize = options.batchSize ?? DEFAULT_BATCH;
    const traceId = options.traceId ?? randomBytes(16).toString('hex');
    let bytesRead = 0;
    input.on('data', (chunk: Buffer | string) => (bytesRead += chunk.length));
    let linesBefore = 0;
    const parser = input.pipe(
      parse({
        bom: true,
        raw: true,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
      }),
    );
    const reject = (rejected: RejectedRow) => {
      summary.rejected += 1;
      options.onRejected?.(rejected);
    };
    parser.on('skip', (error: Error & { lines?: number }) => {
      reject({
        file,
        line: error.lines ?? linesBefore + 1,
        code: 'IMPORT.MALFORMED_CSV',
        column: '',
        reason: error.message,
      });
      if (error.lines) linesBefore = error.lines;
    });

    let header: ImportColumn[] | undefined;
    let batch: Batch = { rows: [], rejected: [] };
    // Up to `concurrency` batches in flight, each in its own transaction: one batch's rules and events run in this
    // process while another's statements run in PostgreSQL. Batches never share a person (see reserve in writeBatch).
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    const inFlight = new Set<Promise<void>>();
    let failure: unknown;
    let rowsThrough = 0;
    const flush = async (current: Batch) => {
      // Parsing runs ahead: progress counts the rows of the batches written so far.
      const rows = (rowsThrough += current.rows.length + current.rejected.length);
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (failure) throw failure;
      const write = this.writeBatch(current, file, state, traceId, summary, reject)
        .then(() =>
          options.onProgress?.({
            file,
            bytesRead,
            totalBytes,
            rows,
            rejected: summary.rejected,
            elapsedMs: Date.now() - started,
          }),
        )
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => inFlight.delete(write));
      inFlight.add(write);
    };
    const drain = async () => {
      await Promise.all(inFlight);
      if (failure) throw failure;
    };

    try {
      for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
        const leading = raw.length - raw.replace(/^[\r\n]+/, '').length;
        const line = linesBefore + 1 + newlines(raw.slice(0, leading));
        linesBefore += newlines(raw);
        if (!header) {
          header = this.header(record, file);
          continue;
        }
        summary.rows += 1;
        if (record.length !== header.length) {
          batch.rejected.push({
            file,
            line,
            code: 'IMPORT.COLUMN_COUNT',
            column: '',
            reason: `expected ${header.length} cells, found ${record.length}`,
          });
          continue;
        }
        const cells: ImportCells = {};
        header.forEach((column, index) => (cells[column] = record[index]));
        try {
          batch.rows.push(parseImportRow(cells, line));
        } catch (error) {
          if (!(error instanceof ImportRowError)) throw error;
          batch.rejected.push({
            file,
            line,
            staffNumber: cells.staff_number,
            code: error.code,
            column: error.column,
            reason: error.message,
          });
        }
        if (batch.rows.length + batch.rejected.length >= batchSize) {
          await flush(batch);
          batch = { rows: [], rejected: [] };
        }
      }
      if (!header) throw new ImportFileError(`${file}: empty file, expected a header line`);
      await flush(batch);
      await drain();
    } finally {
      await Promise.allSettled(inFlight);
    }
    summary.elapsedMs = Date.now() - started;
    return summary;
  }

  private header(record: string[], file: string): ImportColumn[] {
    const names = record.map((name) => name.trim().toLowerCase());
    const unknown = names.filter((name) => !(IMPORT_COLUMNS as readonly string[]).includes(name));
    if (unknown.length > 0)
      throw new ImportFileError(
        `${file}: unknown column(s) ${unknown.join(', ')}; the columns are ${IMPORT_COLUMNS.join(', ')}`,
      );
    const missing = REQUIRED_COLUMNS.filter((name) => !names.includes(name));
    if (missing.length > 0)
      throw new ImportFileError(`${file}: missing required column(s) ${missing.join(', ')}`);
    if (new Set(names).size !== names.length)
      throw new ImportFileError(`${file}: a column appears twice in the header`);
    return names as ImportColumn[];
  }

  private async startRun(): Promise<ImportRun> {
    const reference = await ImportReference.load(
      this.catalog,
      this.options.defaultMinimumAssignmentMonths ?? 12,
    );
    return { reference, staffNumbers: new Map(), workEmails: new Map() };
  }

  private async writeBatch(
    batch: Batch,
    file: string,
    run: ImportRun,
    traceId: string,
    summary: ImportSummary,
    reject: (row: RejectedRow) => void,
  ): Promise<void> {
    batch.rejected.forEach(reject);
    if (batch.rows.length === 0) return;
    await run.reference.prepare(batch.rows);
    const now = (this.options.clock ?? systemClock).now();
    const staffNumbers = batch.rows.map((row) => row.register.staffNumber.trim().toUpperCase());
    const emails = batch.rows.map((row) => row.register.workEmail.trim().toLowerCase());
    const outcome = await this.dataSource.transaction(async (manager) => {
      const stored = await loadStored(manager, staffNumbers);
      await run.reference.prepareTracks([...stored.values()].map((person) => person.specialistTrackCode));
      const holders = await emailHolders(manager, emails);
      const plans: PersonImportPlan[] = [];
      const batchRejected: RejectedRow[] = [];

      for (const row of batch.rows) {
        const rejectRow = (code: string, column: string, reason: string) =>
          batchRejected.push({
            file,
            line: row.line,
            staffNumber: row.register.staffNumber,
            code,
            column,
            reason,
          });
        let plan: PersonImportPlan;
        const staffNumber = row.register.staffNumber.trim().toUpperCase();
        try {
          plan = planRow(row, stored.get(staffNumber), uuidv7(now.getTime()), now, run.reference);
        } catch (error) {
          if (!(error instanceof ImportRowError)) throw error;
          rejectRow(error.code, error.column, error.message);
          continue;
        }
        const person: PersonSnapshot = plan.person;
        const firstLine = run.staffNumbers.get(person.staffNumber);
        if (firstLine !== undefined) {
          rejectRow(
            'IMPORT.DUPLICATE_STAFF_NUMBER',
            'staff_number',
            `staff number ${person.staffNumber} is already on ${firstLine}`,
          );
          continue;
        }
        const emailLine = run.workEmails.get(person.workEmail);
        if (emailLine !== undefined) {
          rejectRow(
            'IMPORT.DUPLICATE_WORK_EMAIL',
            'work_email',
            `work email ${person.workEmail} is already on ${emailLine}`,
          );
          continue;
        }
        const holder = holders.get(person.workEmail);
        if (holder !== undefined && holder !== person.staffNumber) {
          rejectRow(
            'PERSON.WORK_EMAIL_TAKEN',
            'work_email',
            `work email ${person.workEmail} belongs to staff number ${holder}`,
          );
          continue;
        }
        // Reserved at once, so a batch in flight beside this one cannot take the same person; a failed batch ends
        // the import, so a reservation never outlives a batch that did not commit.
        run.staffNumbers.set(person.staffNumber, `${file}:${row.line}`);
        run.workEmails.set(person.workEmail, `${file}:${row.line}`);
        plans.push(plan);
      }
      await writePlans(manager, plans, now);
      const events = plans.flatMap((plan) => plan.events.map(toIntegrationEvent));
      await this.outbox.appendAll(
        manager,
        events.map((event) => ({ ...event, traceId })),
      );
      return { plans, batchRejected, events: events.length };
    });
    // Counted once committed, so a failed batch leaves the figures true.
    summary.batches += 1;
    summary.events += outcome.events;
    for (const plan of outcome.plans) summary[plan.kind] += 1;
    outcome.batchRejected.forEach(reject);
  }
}

/** What lasts across the files of one run: the catalogue, and which staff numbers and emails were already seen. */
export interface ImportRun {
  reference: ImportReference;
  /** Staff number or email -> `file:line` of the row that imported it. */
  staffNumbers: Map<string, string>;
  workEmails: Map<string, string>;
}
