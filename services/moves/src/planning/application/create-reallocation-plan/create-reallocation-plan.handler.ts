import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ReallocationPlan } from '../../domain/reallocation-plan.aggregate';
import { ReallocationPlanRepository } from '../../domain/reallocation-plan.repository';
import { PlanCalculator } from '../calculate-plan/plan.calculator';
import { actorOf } from '../plan-actor';
import { PlanView } from '../reallocation-plan.view';
import { CreateReallocationPlanCommand } from './create-reallocation-plan.command';

/** Makes the optimal plan for the request and keeps it as a DRAFT: nobody moves until it is approved. */
@Injectable()
export class CreateReallocationPlanHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly calculator: PlanCalculator,
    private readonly plans: ReallocationPlanRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ identity, request }: CreateReallocationPlanCommand): Promise<PlanView> {
    return this.transactions.run(async () => {
      const calculated = await this.calculator.calculate(identity, request);
      const now = this.clock.now();
      const { reallocation } = calculated;
      const plan = ReallocationPlan.draft({
        id: uuidv7(now.getTime()),
        scope: calculated.scope,
        targetDate: calculated.targetDate,
        constraints: calculated.constraints,
        planningDepartmentCode: calculated.planningDepartmentCode,
        createdBy: actorOf(identity),
        createdAt: now,
        totalScore: reallocation.totalScore,
        moves: reallocation.moves,
        capacity: calculated.capacity,
        statistics: {
          candidates: reallocation.candidates,
          opportunities: reallocation.opportunities,
          edges: reallocation.edges,
        },
      });
      await this.plans.add(plan);
      return plan.snapshot() as PlanView;
    });
  }
}
