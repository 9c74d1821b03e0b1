import { AuditedMutation } from '@civil/platform';
import { ReallocationPlanModel } from './reallocation-plan.model';

/**
 * Creating and approving a plan: what the planner asked (scope, constraints, expected version) and where the plan stands
 * after. A plan is about many people, so it names no subject; approval also records each proposed move on its own,
 * with its person (ApproveReallocationPlanHandler), as proposeMove would.
 */
export const AuditReallocationPlan = () =>
  AuditedMutation<ReallocationPlanModel, Record<string, unknown>>({
    recordType: 'ReallocationPlan',
    recordId: (plan) => plan.id,
    changes: (args, plan) => ({
      before: null,
      after: {
        ...args,
        status: plan.status,
        version: plan.version,
        moveCount: plan.moveCount,
        totalScore: plan.totalScore,
      },
    }),
  });
