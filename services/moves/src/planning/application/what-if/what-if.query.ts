import type { Identity } from '@civil/auth';
import { PlanRequest } from '../calculate-plan/plan-request';

export class WhatIfQuery {
  constructor(
    readonly identity: Identity,
    readonly request: PlanRequest,
  ) {}
}
