import { TransactionRunner } from '@civil/platform';
import { DepartmentFilter, DepartmentStore } from '../application/department.store';
import { EstablishmentEventsPublisher } from '../application/establishment-events.publisher';
import {
  AppendedEntry,
  EstablishmentAuthor,
  EstablishmentFilter,
  EstablishmentStore,
} from '../application/establishment.store';
import { KnownDepartments } from '../application/known-departments';
import { Department } from '../domain/department';
import { EstablishmentEntry, EstablishmentLine } from '../domain/establishment';

/** Runs the work at once: unit tests have no transaction to open. */
export class ImmediateTransactionRunner extends TransactionRunner {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}

export const department = (code: string, parentCode: string | null = null): Department => ({
  code,
  name: `Department ${code}`,
  type: parentCode ? 'EXECUTIVE_AGENCY' : 'MINISTERIAL_DEPARTMENT',
  parentCode,
});

export class InMemoryDepartmentStore extends DepartmentStore {
  constructor(readonly rows: Department[] = [department('DWP'), department('HMRC')]) {
    super();
  }

  async list(filter: DepartmentFilter): Promise<Department[]> {
    const fragment = filter.search?.toLowerCase();
    return this.rows
      .filter((row) => !filter.type || row.type === filter.type)
      .filter((row) => !fragment || `${row.code} ${row.name}`.toLowerCase().includes(fragment));
  }

  async findByCodes(codes: readonly string[]): Promise<Department[]> {
    return this.rows.filter((row) => codes.includes(row.code));
  }

  async childrenOf(codes: readonly string[]): Promise<Department[]> {
    return this.rows.filter((row) => row.parentCode !== null && codes.includes(row.parentCode));
  }

  async add(department: Department): Promise<boolean> {
    if (this.rows.some((row) => row.code.toLowerCase() === department.code.toLowerCase())) return false;
    this.rows.push(department);
    return true;
  }
}

export class InMemoryKnownDepartments extends KnownDepartments {
  constructor(private readonly store: InMemoryDepartmentStore) {
    super();
  }

  async has(code: string): Promise<boolean> {
    return this.store.rows.some((row) => row.code === code);
  }
}

/** The history as the table keeps it: rows appended, read by the same rule as the SQL. */
export class InMemoryEstablishmentStore extends EstablishmentStore {
  readonly rows: (EstablishmentEntry & { version: number; author: EstablishmentAuthor })[] = [];

  async append(entry: EstablishmentEntry, author: EstablishmentAuthor): Promise<AppendedEntry> {
    const same = this.rows.filter(
      (row) =>
        row.departmentCode === entry.departmentCode &&
        row.profession === entry.profession &&
        row.grade === entry.grade,
    );
    const previous = same
      .filter((row) => row.effectiveFrom <= entry.effectiveFrom)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0];
    const version = same.length + 1;
    this.rows.push({ ...entry, version, author });
    return { version, previousFte: previous?.fte ?? null };
  }

  async inForce(
    departmentCodes: readonly string[],
    asOf: string,
    filter: EstablishmentFilter,
  ): Promise<EstablishmentLine[]> {
    const latest = new Map<string, (typeof this.rows)[number]>();
    for (const row of this.rows) {
      if (!departmentCodes.includes(row.departmentCode) || row.effectiveFrom > asOf) continue;
      if (filter.profession && row.profession !== filter.profession) continue;
      if (filter.grade && row.grade !== filter.grade) continue;
      const key = `${row.departmentCode}/${row.profession}/${row.grade}`;
      const held = latest.get(key);
      if (
        !held ||
        row.effectiveFrom > held.effectiveFrom ||
        (row.effectiveFrom === held.effectiveFrom && row.version > held.version)
      )
        latest.set(key, row);
    }
    return [...latest.values()]
      .filter((row) => row.fte > 0)
      .map(({ departmentCode, profession, grade, fte, effectiveFrom }) => ({
        departmentCode,
        profession,
        grade,
        fte,
        effectiveFrom,
      }));
  }
}

export class RecordingEstablishmentEvents extends EstablishmentEventsPublisher {
  readonly published: { entry: EstablishmentEntry; version: number; traceId: string }[] = [];

  async changed(entry: EstablishmentEntry, version: number, traceId: string): Promise<void> {
    this.published.push({ entry, version, traceId });
  }
}
