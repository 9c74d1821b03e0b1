import { hasRole, Identity } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PlanListScope, PlanSummary, ReallocationPlanReader } from '../reallocation-plan.view';
import { ListReallocationPlansQuery } from './list-reallocation-plans.query';

/** MANAGE_REALLOCATION_PLAN as a filter (libs/auth reallocation-plan.policies: the same rule, applied in SQL). */
export function planListScopeFor(identity: Identity): PlanListScope {
  if (!hasRole(identity, 'WORKFORCE_PLANNER')) return { nothing: true };
  if (identity.crossGovernment) return { everything: true };
  return identity.departmentCode ? { planningDepartmentCode: identity.departmentCode } : { nothing: true };
}

/** Plans newest first, those the caller may read. */
@Injectable()
export class ListReallocationPlansHandler {
  constructor(private readonly reader: ReallocationPlanReader) {}

  execute({ identity, limit, afterId }: ListReallocationPlansQuery): Promise<PlanSummary[]> {
    return this.reader.page(planListScopeFor(identity), limit, afterId);
  }
}
