import { ReallocationPlanSnapshot } from '../domain/reallocation-plan.aggregate';
import { PlanExplanation } from './plan-facts.reader';

export type PlanView = ReallocationPlanSnapshot<PlanExplanation>;

/** A plan in a list: everything but its moves and capacity, which are read only when asked for. */
export type PlanSummary = Omit<PlanView, 'moves' | 'capacity'> & { moveCount: number };

/** Which plans a caller may list: MANAGE_REALLOCATION_PLAN as a filter (every plan, or one department's). */
export type PlanListScope = { everything: true } | { planningDepartmentCode: string } | { nothing: true };

/** Port: plans as lists read them, newest first, keyset-paged by id (UUIDv7: creation order). */
export abstract class ReallocationPlanReader {
  abstract page(scope: PlanListScope, limit: number, afterId?: string): Promise<PlanSummary[]>;
  abstract movesOf(planIds: readonly string[]): Promise<Map<string, PlanView['moves']>>;
  abstract capacityOf(planIds: readonly string[]): Promise<Map<string, PlanView['capacity']>>;
}
