import { PlanConstraintsInput } from '../../domain/plan-constraints';
import { PlanScope } from '../../domain/plan-scope';

/** What a planner asks for, as createReallocationPlan and whatIf take it. */
export interface PlanRequest {
  scope: PlanScope;
  /** YYYY-MM-DD: the moves start then; not before today. */
  targetDate: string;
  constraints?: PlanConstraintsInput;
}
