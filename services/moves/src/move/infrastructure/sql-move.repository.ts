import { ConflictError, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { Move } from '../domain/move.aggregate';
import { MoveDomainEvent } from '../domain/move.domain-events';
import { MoveRepository } from '../domain/move.repository';
import { MOVE_COLUMNS, MoveRow, toSnapshot, toValues } from './move-row';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COLUMN_NAMES = MOVE_COLUMNS.replace(/::text/g, '');
// What the timeline keeps beyond its own columns: the event's particulars (reason, dates...).
const TIMELINE_COLUMNS = new Set(['moveId', 'version', 'type', 'status', 'occurredAt', 'by']);
const detailsOf = (event: MoveDomainEvent) =>
  JSON.stringify(Object.fromEntries(Object.entries(event).filter(([key]) => !TIMELINE_COLUMNS.has(key))));
const PLACEHOLDERS = COLUMN_NAMES.split(',').map((_, index) => `$${index + 1}`);

@Injectable()
export class SqlMoveRepository extends MoveRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(move: Move): Promise<void> {
    const values = toValues(move.snapshot());
    const now = values.length + 1;
    await this.transactions
      .manager()
      .query(
        `INSERT INTO move (${COLUMN_NAMES}, created_at, updated_at) VALUES (${PLACEHOLDERS.join(', ')}, $${now}, $${now})`,
        [...values, new Date()],
      );
  }

  /**
   * Optimistic concurrency in SQL: written only if the row still has the version the use case loaded, so two
   * concurrent transitions from the same state cannot both win (the second is refused with CONFLICT).
   */
  async save(move: Move, loadedVersion: number): Promise<void> {
    const values = toValues(move.snapshot());
    const assignments = COLUMN_NAMES.split(',')
      .map((name, index) => `${name.trim()} = $${index + 1}`)
      .slice(1);
    const [, affected] = (await this.transactions.manager().query(
      `UPDATE move SET ${assignments.join(', ')}, updated_at = $${values.length + 1}
       WHERE id = $1 AND version = $${values.length + 2}`,
      [...values, new Date(), loadedVersion],
    )) as [unknown, number];
    if (affected !== 1)
      throw new ConflictError(
        `Move ${move.id} was changed by someone else since version ${loadedVersion}; reload and retry`,
        'MOVE.VERSION_CONFLICT',
        'expectedVersion',
      );
  }

  async findById(id: string, options: { lock?: boolean } = {}): Promise<Move | null> {
    if (!UUID.test(id)) return null;
    const manager = options.lock ? this.transactions.manager() : this.transactions.readManager();
    const rows: MoveRow[] = await manager.query(
      `SELECT ${MOVE_COLUMNS} FROM move WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows.length === 0 ? null : Move.restore(toSnapshot(rows[0]));
  }

  async appendTimeline(events: readonly MoveDomainEvent[], traceId: string): Promise<void> {
    if (events.length === 0) return;
    await this.transactions.manager().query(
      `INSERT INTO move_event (move_id, version, type, status, occurred_at, actor, details, trace_id)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::timestamptz[], $6::jsonb[],
                            $7::jsonb[], $8::text[])`,
      [
        events.map((event) => event.moveId),
        events.map((event) => event.version),
        events.map((event) => event.type),
        events.map((event) => event.status),
        events.map((event) => event.occurredAt),
        events.map((event) => JSON.stringify(event.by)),
        events.map(detailsOf),
        events.map(() => traceId),
      ],
    );
  }
}
