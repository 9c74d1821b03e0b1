import { MANAGE_REALLOCATION_PLAN } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { ReallocationPlanRepository } from '../../domain/reallocation-plan.repository';
import { PlanView } from '../reallocation-plan.view';
import { GetReallocationPlanQuery } from './get-reallocation-plan.query';

/** One plan with its moves and capacity, if the caller may read it (its department's planners, cross-government). */
@Injectable()
export class GetReallocationPlanHandler {
  constructor(private readonly plans: ReallocationPlanRepository) {}

  async execute({ planId, identity }: GetReallocationPlanQuery): Promise<PlanView> {
    const plan = await this.plans.findById(planId);
    if (!plan) throw new NotFoundError('ReallocationPlan', planId);
    const snapshot = plan.snapshot() as PlanView;
    authorize(MANAGE_REALLOCATION_PLAN, identity, snapshot);
    return snapshot;
  }
}
