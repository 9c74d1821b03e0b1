import { Policy } from '../policy';
import { anyone, departmentOrCrossGovernment } from '../scope.rules';

/** What planning a reallocation touches: the departments of the plan's scope. */
export interface PlanningScope {
  departments: readonly string[];
}

/** A stored reallocation plan as the policies see it: the department it was made for (absent: cross-government). */
export interface ReallocationPlanRecord {
  planningDepartmentCode?: string;
}

/**
 * `createReallocationPlan`, `whatIf`: workforce planners (DOMAIN.md). A department's planner plans a scope that
 * includes their department, and the plan then holds only moves into or out of it (each one a proposal PROPOSE_MOVE
 * lets them make; the other department still releases or accepts through the workflow); a cross-government planner
 * plans any scope.
 */
export const PLAN_REALLOCATION = new Policy<PlanningScope>('plan a reallocation across these departments', {
  WORKFORCE_PLANNER: (identity, scope) =>
    identity.crossGovernment ||
    (identity.departmentCode !== undefined && scope.departments.includes(identity.departmentCode)),
});

/**
 * `reallocationPlan(id)`, `approveReallocationPlan`: the planners of the department the plan was made for, and
 * cross-government planners; a cross-government plan only the latter.
 */
export const MANAGE_REALLOCATION_PLAN = new Policy<ReallocationPlanRecord>(
  'read or approve this reallocation plan',
  {
    WORKFORCE_PLANNER: departmentOrCrossGovernment((plan) => plan.planningDepartmentCode),
  },
);

/** `reallocationPlans`: any planner asks; the rows are filtered to what MANAGE_REALLOCATION_PLAN admits, in SQL. */
export const LIST_REALLOCATION_PLANS = new Policy<void>('list reallocation plans', {
  WORKFORCE_PLANNER: anyone,
});
