import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PostCounts, PostReservationStore } from '../application/post-reservation.store';
import { PostReservation, RefusalReason, ReservationStatus } from '../domain/post-reservation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  move_id: string;
  vacancy_id: string;
  person_id: string;
  status: ReservationStatus;
  refusal_reason: RefusalReason | null;
}

const COLUMNS = `move_id, vacancy_id, person_id, status, refusal_reason`;

const toReservation = (row: Row): PostReservation => ({
  moveId: row.move_id,
  vacancyId: row.vacancy_id,
  personId: row.person_id,
  status: row.status,
  refusalReason: row.refusal_reason,
});

const COUNTS = `
  SELECT vacancy_id,
         count(*) FILTER (WHERE status = 'RESERVED')::int AS reserved,
         count(*) FILTER (WHERE status = 'FILLED')::int AS filled
  FROM post_reservation
  WHERE vacancy_id = ANY($1::uuid[]) AND status IN ('RESERVED', 'FILLED')
  GROUP BY vacancy_id`;

@Injectable()
export class TypeOrmPostReservationStore extends PostReservationStore {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async find(moveId: string): Promise<PostReservation | null> {
    const rows: Row[] = await this.transactions
      .readManager()
      .query(`SELECT ${COLUMNS} FROM post_reservation WHERE move_id = $1`, [moveId]);
    return rows[0] ? toReservation(rows[0]) : null;
  }

  async insert(r: PostReservation, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.transactions.manager().query(
      `INSERT INTO post_reservation (${COLUMNS}, requested_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (move_id) DO NOTHING
       RETURNING move_id`,
      [r.moveId, r.vacancyId, r.personId, r.status, r.refusalReason, now],
    );
    return rows.length === 1;
  }

  async transition(
    moveId: string,
    from: ReservationStatus,
    to: ReservationStatus,
    now: Date,
  ): Promise<boolean> {
    const [rows] = await this.transactions
      .manager()
      .query(
        `UPDATE post_reservation SET status = $3, updated_at = $4 WHERE move_id = $1 AND status = $2 RETURNING move_id`,
        [moveId, from, to, now],
      );
    return (rows as unknown[]).length === 1;
  }

  async countLive(vacancyId: string): Promise<PostCounts> {
    return (await this.countsFor([vacancyId])).get(vacancyId) ?? { reserved: 0, filled: 0 };
  }

  async countsFor(vacancyIds: string[]): Promise<Map<string, PostCounts>> {
    const valid = vacancyIds.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    const rows: { vacancy_id: string; reserved: number; filled: number }[] = await this.transactions
      .readManager()
      .query(COUNTS, [valid]);
    return new Map(rows.map((row) => [row.vacancy_id, { reserved: row.reserved, filled: row.filled }]));
  }

  async releaseAllReserved(vacancyId: string, now: Date): Promise<PostReservation[]> {
    const [rows] = await this.transactions.manager().query(
      `UPDATE post_reservation SET status = 'RELEASED', updated_at = $2
       WHERE vacancy_id = $1 AND status = 'RESERVED'
       RETURNING ${COLUMNS}`,
      [vacancyId, now],
    );
    return (rows as Row[]).map(toReservation);
  }
}
