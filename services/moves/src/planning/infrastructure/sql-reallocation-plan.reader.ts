import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import {
  PlanListScope,
  PlanSummary,
  PlanView,
  ReallocationPlanReader,
} from '../application/reallocation-plan.view';
import {
  capacityOf,
  MOVE_COLUMNS,
  PLAN_COLUMNS,
  PlanMoveRow,
  PlanRow,
  toPlanMove,
  toSummary,
} from './reallocation-plan-row';

@Injectable()
export class SqlReallocationPlanReader extends ReallocationPlanReader {
  constructor(private readonly transactions: TypeOrmTransactionRunner) {
    super();
  }

  /** Keyset by id, newest first (UUIDv7 ids sort in creation order), through (planning_department_code, id DESC). */
  async page(scope: PlanListScope, limit: number, afterId?: string): Promise<PlanSummary[]> {
    if ('nothing' in scope) return [];
    const params: unknown[] = [limit];
    const conditions: string[] = [];
    if ('planningDepartmentCode' in scope)
      conditions.push(`planning_department_code = $${params.push(scope.planningDepartmentCode)}`);
    if (afterId !== undefined) conditions.push(`id < $${params.push(afterId)}`);
    const rows: (PlanRow & { move_count: number })[] = await this.transactions.readManager().query(
      `SELECT ${PLAN_COLUMNS},
              (SELECT count(*)::int FROM reallocation_plan_move m WHERE m.plan_id = p.id) AS move_count
         FROM reallocation_plan p
        ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $1`,
      params,
    );
    return rows.map((row) => ({ ...(toSummary(row) as PlanSummary), moveCount: row.move_count }));
  }

  async movesOf(planIds: readonly string[]): Promise<Map<string, PlanView['moves']>> {
    const rows: PlanMoveRow[] = await this.transactions
      .readManager()
      .query(
        `SELECT ${MOVE_COLUMNS} FROM reallocation_plan_move WHERE plan_id = ANY($1::uuid[]) ORDER BY plan_id, position`,
        [[...planIds]],
      );
    const byPlan = new Map<string, PlanView['moves']>(planIds.map((id) => [id, []]));
    for (const row of rows) byPlan.get(row.plan_id)!.push(toPlanMove(row) as PlanView['moves'][number]);
    return byPlan;
  }

  async capacityOf(planIds: readonly string[]): Promise<Map<string, PlanView['capacity']>> {
    const rows: { id: string; capacity_effect: unknown }[] = await this.transactions
      .readManager()
      .query(`SELECT id, capacity_effect FROM reallocation_plan WHERE id = ANY($1::uuid[])`, [[...planIds]]);
    return new Map(rows.map((row) => [row.id, capacityOf(row.capacity_effect)]));
  }
}
