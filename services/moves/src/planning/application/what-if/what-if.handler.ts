import { Injectable } from '@nestjs/common';
import { CalculatedPlan, PlanCalculator } from '../calculate-plan/plan.calculator';
import { WhatIfQuery } from './what-if.query';

/** The plan createReallocationPlan would make and its capacity effect, written nowhere. */
@Injectable()
export class WhatIfHandler {
  constructor(private readonly calculator: PlanCalculator) {}

  execute({ identity, request }: WhatIfQuery): Promise<CalculatedPlan> {
    return this.calculator.calculate(identity, request);
  }
}
