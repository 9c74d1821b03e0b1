import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module';
import { ReallocationPlanResolver } from './api/reallocation-plan.resolver';
import { ApproveReallocationPlanHandler } from './application/approve-reallocation-plan/approve-reallocation-plan.handler';
import { PlanCalculator } from './application/calculate-plan/plan.calculator';
import { CreateReallocationPlanHandler } from './application/create-reallocation-plan/create-reallocation-plan.handler';
import { GetReallocationPlanHandler } from './application/get-reallocation-plan/get-reallocation-plan.handler';
import { ListReallocationPlansHandler } from './application/list-reallocation-plans/list-reallocation-plans.handler';
import { PlanFactsReader } from './application/plan-facts.reader';
import { ReallocationPlanReader } from './application/reallocation-plan.view';
import { WhatIfHandler } from './application/what-if/what-if.handler';
import { ReallocationPlanRepository } from './domain/reallocation-plan.repository';
import { SqlPlanFactsReader } from './infrastructure/sql-plan-facts.reader';
import { SqlReallocationPlanReader } from './infrastructure/sql-reallocation-plan.reader';
import { SqlReallocationPlanRepository } from './infrastructure/sql-reallocation-plan.repository';

export const PLANNING_RESOLVERS = [ReallocationPlanResolver];

// MoveModule is global: approval proposes each move through its ProposeMoveHandler. CapacityModule's reader gives
// capacity before and after.
@Module({
  imports: [CapacityModule],
  providers: [
    ...PLANNING_RESOLVERS,
    PlanCalculator,
    CreateReallocationPlanHandler,
    ApproveReallocationPlanHandler,
    GetReallocationPlanHandler,
    ListReallocationPlansHandler,
    WhatIfHandler,
    { provide: PlanFactsReader, useClass: SqlPlanFactsReader },
    { provide: ReallocationPlanRepository, useClass: SqlReallocationPlanRepository },
    { provide: ReallocationPlanReader, useClass: SqlReallocationPlanReader },
  ],
})
export class PlanningModule {}
