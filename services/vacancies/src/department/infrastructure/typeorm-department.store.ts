import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { DepartmentFilter, DepartmentStore } from '../application/department.store';
import { Department } from '../domain/department';
import { OrganisationType } from '../domain/organisation-type';

interface DepartmentRow {
  code: string;
  name: string;
  type: OrganisationType;
  parent_code: string | null;
}

const COLUMNS = `code, name, type, parent_code`;
const toDepartment = (row: DepartmentRow): Department => ({
  code: row.code,
  name: row.name,
  type: row.type,
  parentCode: row.parent_code,
});

/** A few hundred rows: plain SQL, no ORM entity to keep in step. */
@Injectable()
export class TypeOrmDepartmentStore extends DepartmentStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  private async select(where: string, parameters: unknown[]): Promise<Department[]> {
    const rows: DepartmentRow[] = await this.transactions
      .readManager()
      .query(`SELECT ${COLUMNS} FROM department WHERE ${where} ORDER BY name, code`, parameters);
    return rows.map(toDepartment);
  }

  list(filter: DepartmentFilter): Promise<Department[]> {
    // The fragment is matched literally: % and _ typed by a caller are not wildcards.
    const fragment = filter.search && `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.select(
      `($1::varchar IS NULL OR type = $1) AND ($2::text IS NULL OR code ILIKE $2 OR name ILIKE $2)`,
      [filter.type ?? null, fragment ?? null],
    );
  }

  findByCodes(codes: readonly string[]): Promise<Department[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.select(`code = ANY($1::varchar[])`, [[...codes]]);
  }

  childrenOf(codes: readonly string[]): Promise<Department[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return this.select(`parent_code = ANY($1::varchar[])`, [[...codes]]);
  }

  // ON CONFLICT DO NOTHING covers the primary key and the case-insensitive index: DFE is refused beside DfE.
  async add(department: Department, addedBy: string): Promise<boolean> {
    const rows: unknown[] = await this.transactions.manager().query(
      `INSERT INTO department (code, name, type, parent_code, added_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [department.code, department.name, department.type, department.parentCode, addedBy],
    );
    return rows.length === 1;
  }
}
