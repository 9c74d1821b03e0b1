import type { Identity } from '@civil/auth';
import { PlanRequest } from '../calculate-plan/plan-request';

export class CreateReallocationPlanCommand {
  constructor(
    readonly identity: Identity,
    readonly request: PlanRequest,
  ) {}
}
