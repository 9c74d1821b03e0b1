import type { Identity } from '@civil/auth';

export class GetReallocationPlanQuery {
  constructor(
    readonly planId: string,
    readonly identity: Identity,
  ) {}
}
