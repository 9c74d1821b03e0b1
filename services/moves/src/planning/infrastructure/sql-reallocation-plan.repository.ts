import { ConflictError, TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { ReallocationPlan } from '../domain/reallocation-plan.aggregate';
import { ReallocationPlanRepository } from '../domain/reallocation-plan.repository';
import {
  capacityOf,
  MOVE_COLUMNS,
  PLAN_COLUMNS,
  PlanMoveRow,
  PlanRow,
  toPlanMove,
  toSummary,
} from './reallocation-plan-row';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class SqlReallocationPlanRepository extends ReallocationPlanRepository {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  async add(plan: ReallocationPlan<unknown>): Promise<void> {
    const p = plan.snapshot();
    const manager = this.transactions.manager();
    await manager.query(
      `INSERT INTO reallocation_plan (id, status, scope, target_date, constraints, planning_department_code,
         created_by, created_at, total_score, capacity_effect, statistics, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $8)`,
      [
        p.id,
        p.status,
        JSON.stringify(p.scope),
        p.targetDate,
        JSON.stringify(p.constraints),
        p.planningDepartmentCode ?? null,
        JSON.stringify(p.createdBy),
        p.createdAt,
        p.totalScore,
        JSON.stringify(p.capacity),
        JSON.stringify(p.statistics),
        p.version,
      ],
    );
    if (p.moves.length === 0) return;
    // One statement for every move of the plan, however many.
    await manager.query(
      `INSERT INTO reallocation_plan_move (plan_id, position, person_id, home_department_code, host_department_code,
         profession, grade, fte, kind, starts_on, vacancy_id, gap, fte_per_post, score, explanation)
       SELECT $1, m.position, m.person_id, m.home, m.host, m.profession, m.grade, m.fte, 'LEVEL_TRANSFER', m.starts_on,
              m.vacancy_id, m.gap, m.fte_per_post, m.score, m.explanation
         FROM jsonb_to_recordset($2::jsonb) AS m(position int, person_id uuid, home text, host text, profession text,
              grade text, fte numeric, starts_on date, vacancy_id uuid, gap text, fte_per_post numeric, score numeric,
              explanation jsonb)`,
      [
        p.id,
        JSON.stringify(
          p.moves.map((move, position) => ({
            position,
            person_id: move.personId,
            home: move.homeDepartmentCode,
            host: move.hostDepartmentCode,
            profession: move.profession,
            grade: move.grade,
            fte: move.fte,
            starts_on: move.startsOn,
            vacancy_id: move.source === 'VACANCY' ? move.opportunityId : null,
            gap: move.source === 'GAP' ? move.opportunityId : null,
            fte_per_post: move.ftePerPost ?? null,
            score: move.score,
            explanation: move.explanation,
          })),
        ),
      ],
    );
  }

  async save(plan: ReallocationPlan<unknown>, loadedVersion: number): Promise<void> {
    const p = plan.snapshot();
    const manager = this.transactions.manager();
    const [, affected] = (await manager.query(
      `UPDATE reallocation_plan SET status = $2, approved_by = $3, approved_at = $4, version = $5, updated_at = now()
        WHERE id = $1 AND version = $6`,
      [
        p.id,
        p.status,
        p.approvedBy ? JSON.stringify(p.approvedBy) : null,
        p.approvedAt ?? null,
        p.version,
        loadedVersion,
      ],
    )) as [unknown, number];
    if (affected !== 1)
      throw new ConflictError(
        `Reallocation plan ${p.id} was changed by someone else since version ${loadedVersion}; reload and retry`,
        'PLAN.VERSION_CONFLICT',
        'expectedVersion',
      );
    const results = p.moves.flatMap((move, position) =>
      move.result
        ? [
            {
              position,
              outcome: move.result.outcome,
              move_id: move.result.outcome === 'PROPOSED' ? move.result.moveId : null,
              skip_reason: move.result.outcome === 'SKIPPED' ? move.result.reason : null,
            },
          ]
        : [],
    );
    if (results.length === 0) return;
    await manager.query(
      `UPDATE reallocation_plan_move m SET outcome = r.outcome, move_id = r.move_id, skip_reason = r.skip_reason
         FROM jsonb_to_recordset($2::jsonb) AS r(position int, outcome text, move_id uuid, skip_reason text)
        WHERE m.plan_id = $1 AND m.position = r.position`,
      [p.id, JSON.stringify(results)],
    );
  }

  async findById(id: string, options: { lock?: boolean } = {}): Promise<ReallocationPlan<unknown> | null> {
    if (!UUID.test(id)) return null;
    const manager = options.lock ? this.transactions.manager() : this.transactions.readManager();
    const [row]: (PlanRow & { capacity_effect: unknown })[] = await manager.query(
      `SELECT ${PLAN_COLUMNS}, capacity_effect FROM reallocation_plan WHERE id = $1${options.lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!row) return null;
    const moves: PlanMoveRow[] = await manager.query(
      `SELECT ${MOVE_COLUMNS} FROM reallocation_plan_move WHERE plan_id = $1 ORDER BY position`,
      [id],
    );
    return ReallocationPlan.restore({
      ...toSummary(row),
      moves: moves.map(toPlanMove),
      capacity: capacityOf(row.capacity_effect),
    });
  }
}
