import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveSnapshot } from '../domain/move.aggregate';
import {
  ApprovalScope,
  MoveCursor,
  MoveListFilter,
  MoveReader,
  MoveReadScope,
  MoveTimelineEntry,
} from '../application/move-view';
import { MOVE_COLUMNS, MoveRow, toSnapshot } from './move-row';

/** Collects SQL conditions and their parameters, numbering placeholders as it goes. */
class Conditions {
  readonly sql: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string): void {
    this.sql.push(condition);
  }

  where(): string {
    return this.sql.length === 0 ? '' : `WHERE ${this.sql.join(' AND ')}`;
  }
}

const HOST_SIDE = 'coalesce(host_department_code, home_department_code)';

@Injectable()
export class SqlMoveReader extends MoveReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async timeline(moveId: string): Promise<MoveTimelineEntry[]> {
    const rows: {
      version: number;
      type: string;
      status: string;
      occurred_at: Date;
      actor: MoveTimelineEntry['actor'];
      details: Record<string, unknown>;
    }[] = await this.transactions
      .readManager()
      .query(
        `SELECT version, type, status, occurred_at, actor, details FROM move_event WHERE move_id = $1 ORDER BY version`,
        [moveId],
      );
    return rows.map((row) => ({ ...row, occurredAt: row.occurred_at }));
  }

  async list(
    filter: MoveListFilter,
    scope: MoveReadScope,
    first: number,
    after?: MoveCursor,
  ): Promise<MoveSnapshot[]> {
    const where = new Conditions();
    this.applyScope(where, scope);
    if (filter.personId) where.add(`person_id = ${where.param(filter.personId)}`);
    if (filter.departmentCode) {
      const code = where.param(filter.departmentCode);
      if (filter.direction === 'IN') where.add(`host_department_code = ${code}`);
      else if (filter.direction === 'OUT') where.add(`home_department_code = ${code}`);
      else where.add(`(home_department_code = ${code} OR host_department_code = ${code})`);
    }
    if (filter.statuses?.length) where.add(`status = ANY(${where.param(filter.statuses)}::text[])`);
    if (filter.kinds?.length) where.add(`kind = ANY(${where.param(filter.kinds)}::text[])`);
    if (after)
      where.add(`(starts_on, id) < (${where.param(after.startsOn)}::date, ${where.param(after.id)}::uuid)`);
    const rows: MoveRow[] = await this.transactions
      .readManager()
      .query(
        `SELECT ${MOVE_COLUMNS} FROM move ${where.where()} ORDER BY starts_on DESC, id DESC LIMIT ${where.param(first)}`,
        where.params,
      );
    return rows.map(toSnapshot);
  }

  async approvalsQueue(scope: ApprovalScope, first: number): Promise<MoveSnapshot[]> {
    const where = new Conditions();
    const among = (column: string, departments: string[] | 'ALL') =>
      departments === 'ALL' ? 'true' : `${column} = ANY(${where.param(departments)}::text[])`;
    const answers = (departments: string[] | 'ALL') => departments === 'ALL' || departments.length > 0;
    const waiting: string[] = [];
    if (answers(scope.releaseFor))
      waiting.push(`(status = 'AWAITING_AGREEMENT' AND (agreements->>'releaseNeeded')::boolean
        AND agreements->'release' IS NULL AND ${among('home_department_code', scope.releaseFor)})`);
    if (answers(scope.acceptFor))
      waiting.push(`(status = 'AWAITING_AGREEMENT' AND agreements->'acceptance' IS NULL
        AND ${among(HOST_SIDE, scope.acceptFor)})`);
    if (answers(scope.tenureHoldsFor))
      waiting.push(`(status = 'TENURE_HOLD' AND ${among('home_department_code', scope.tenureHoldsFor)})`);
    if (scope.personId)
      waiting.push(
        `(status = 'AWAITING_AGREEMENT' AND person_id = ${where.param(scope.personId)} AND (agreements->>'consentNeeded')::boolean
          AND agreements->'consentGivenAt' IS NULL)`,
      );
    if (waiting.length === 0) return [];
    where.add(`(${waiting.join(' OR ')})`);
    const rows: MoveRow[] = await this.transactions
      .readManager()
      .query(
        `SELECT ${MOVE_COLUMNS} FROM move ${where.where()} ORDER BY starts_on, id LIMIT ${where.param(first)}`,
        where.params,
      );
    return rows.map(toSnapshot);
  }

  private applyScope(where: Conditions, scope: MoveReadScope): void {
    if ('everything' in scope) return;
    const visible: string[] = [];
    if ('departments' in scope && scope.departments.length > 0) {
      const departments = where.param(scope.departments);
      visible.push(
        `home_department_code = ANY(${departments}::text[]) OR host_department_code = ANY(${departments}::text[])`,
      );
    }
    if (scope.personId) visible.push(`person_id = ${where.param(scope.personId)}`);
    where.add(visible.length === 0 ? 'false' : `(${visible.join(' OR ')})`);
  }
}
