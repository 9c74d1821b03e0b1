import { MANAGE_REALLOCATION_PLAN } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import {
  AuditRecorder,
  authorize,
  CLOCK,
  ConflictError,
  NotFoundError,
  TransactionRunner,
} from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { dateOf } from '../../../move/domain/calendar';
import { ProposeMoveCommand } from '../../../move/application/propose-move/propose-move.command';
import { ProposeMoveHandler } from '../../../move/application/propose-move/propose-move.handler';
import { skipReason } from '../../domain/approval.rules';
import { PlanMoveOutcome } from '../../domain/reallocation-plan.aggregate';
import { ReallocationPlanRepository } from '../../domain/reallocation-plan.repository';
import { actorOf } from '../plan-actor';
import { PlanFactsReader } from '../plan-facts.reader';
import { PlanView } from '../reallocation-plan.view';
import { ApproveReallocationPlanCommand } from './approve-reallocation-plan.command';

/**
 * Turns a DRAFT plan into planner's proposals, in one transaction with the plan marked APPROVED: each move goes
 * through proposeMove's own path (the person's consent, the home department's release and the host's acceptance follow
 * as for any move; a move inside the person's minimum term is held until a planner releases it with a reason). A
 * move the world has overtaken since planning (the person left, moved or is on another move; the vacancy is gone) is
 * skipped with its reason instead of failing the whole plan.
 */
@Injectable()
export class ApproveReallocationPlanHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly plans: ReallocationPlanRepository,
    private readonly facts: PlanFactsReader,
    private readonly proposeMove: ProposeMoveHandler,
    private readonly audit: AuditRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ identity, traceId, planId, expectedVersion }: ApproveReallocationPlanCommand): Promise<PlanView> {
    return this.transactions.run(async () => {
      const plan = await this.plans.findById(planId, { lock: true });
      if (!plan) throw new NotFoundError('ReallocationPlan', planId);
      const loaded = plan.snapshot() as PlanView;
      authorize(MANAGE_REALLOCATION_PLAN, identity, loaded);
      if (loaded.status !== 'DRAFT')
        throw new ConflictError(
          `Reallocation plan ${planId} is already ${loaded.status}`,
          'PLAN.ALREADY_APPROVED',
        );
      if (loaded.version !== expectedVersion)
        throw new ConflictError(
          `Reallocation plan ${planId} is at version ${loaded.version}, not ${expectedVersion}; reload and retry`,
          'PLAN.VERSION_CONFLICT',
          'expectedVersion',
        );
      const now = this.clock.now();
      const today = dateOf(now);
      plan.checkApprovable(today);

      const current = await this.facts.atApproval(
        loaded.moves.map((move) => move.personId),
        loaded.moves.filter((move) => move.source === 'VACANCY').map((move) => move.opportunityId),
      );
      const outcomes: PlanMoveOutcome[] = [];
      for (const move of loaded.moves) {
        const vacancyId = move.source === 'VACANCY' ? move.opportunityId : undefined;
        const reason = skipReason(
          move,
          current.people.get(move.personId),
          vacancyId && current.vacancyStatuses.get(vacancyId),
        );
        if (reason) {
          outcomes.push({ outcome: 'SKIPPED', reason });
          continue;
        }
        const proposed = await this.proposeMove.execute(
          new ProposeMoveCommand(identity, traceId, {
            personId: move.personId,
            kind: 'LEVEL_TRANSFER',
            ...(vacancyId ? { vacancyId } : { hostDepartmentCode: move.hostDepartmentCode }),
            startsOn: move.startsOn,
            // A permanent move: the host pays from the start.
            payer: 'HOST',
          }),
        );
        // Each move is a record of its own about its person, as proposeMove's audit entry would be.
        await this.audit.record({
          action: 'MUTATION',
          operation: 'Mutation.approveReallocationPlan',
          recordType: 'Move',
          recordId: proposed.id,
          subjectPersonId: move.personId,
          changes: {
            before: null,
            after: {
              planId,
              kind: proposed.terms.kind,
              status: proposed.status,
              startsOn: proposed.terms.startsOn,
            },
          },
        });
        outcomes.push({ outcome: 'PROPOSED', moveId: proposed.id });
      }
      plan.approve(outcomes, actorOf(identity), now, today);
      await this.plans.save(plan, loaded.version);
      return plan.snapshot() as PlanView;
    });
  }
}
