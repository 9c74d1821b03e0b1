import type { Identity } from '@civil/auth';
import { PlanActor } from '../domain/reallocation-plan.aggregate';

export const actorOf = (identity: Identity): PlanActor => ({
  subject: identity.subject,
  ...(identity.personId && { personId: identity.personId }),
  ...(identity.departmentCode && { departmentCode: identity.departmentCode }),
});
