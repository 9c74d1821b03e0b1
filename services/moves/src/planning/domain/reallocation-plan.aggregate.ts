import { SkipReason } from './approval.rules';
import { DepartmentCapacityEffect } from './capacity-effect';
import { PlanConstraints } from './plan-constraints';
import { PlanScope } from './plan-scope';
import { PlanRuleViolation } from './plan.errors';
import { PlannedMove } from './reallocation';

export type PlanStatus = 'DRAFT' | 'APPROVED';

export interface PlanActor {
  subject: string;
  personId?: string;
  departmentCode?: string;
}

/** What approving did with a planned move: proposed it (the move's id) or skipped it (why). */
export type PlanMoveOutcome =
  { outcome: 'PROPOSED'; moveId: string } | { outcome: 'SKIPPED'; reason: SkipReason };

export interface PlanStatistics {
  candidates: number;
  opportunities: number;
  edges: number;
}

export type PlanMove<E> = PlannedMove<E> & { result?: PlanMoveOutcome };

export interface ReallocationPlanSnapshot<E> {
  id: string;
  status: PlanStatus;
  scope: PlanScope;
  targetDate: string;
  constraints: PlanConstraints;
  /** A department's planner's plan: every move goes into or out of it. Absent: a cross-government plan. */
  planningDepartmentCode?: string;
  createdBy: PlanActor;
  createdAt: Date;
  approvedBy?: PlanActor;
  approvedAt?: Date;
  totalScore: number;
  moves: PlanMove<E>[];
  /** Capacity before and after, as it stood when the plan was made. */
  capacity: DepartmentCapacityEffect[];
  /** The size of what the optimizer solved: people who could move, places, and candidate edges. */
  statistics: PlanStatistics;
  version: number;
}

/**
 * A reallocation plan: a DRAFT the optimizer made, which approval turns into proposed moves once (APPROVED). The plan
 * itself moves nobody: each move then needs the person's consent, the home department's release and the host's
 * acceptance like any planner's proposal.
 */
export class ReallocationPlan<E> {
  private constructor(private readonly state: ReallocationPlanSnapshot<E>) {}

  static draft<E>(
    input: Omit<ReallocationPlanSnapshot<E>, 'status' | 'version' | 'approvedBy' | 'approvedAt'>,
  ): ReallocationPlan<E> {
    return new ReallocationPlan({
      ...input,
      moves: input.moves.map((move) => ({ ...move })),
      status: 'DRAFT',
      version: 1,
    });
  }

  static restore<E>(snapshot: ReallocationPlanSnapshot<E>): ReallocationPlan<E> {
    return new ReallocationPlan({ ...snapshot, moves: snapshot.moves.map((move) => ({ ...move })) });
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): ReallocationPlanSnapshot<E> {
    return { ...this.state, moves: this.state.moves.map((move) => ({ ...move })) };
  }

  /** Approval needs the plan still a draft, and its moves still in the future: they start on the target date. */
  checkApprovable(today: string): void {
    if (this.state.status !== 'DRAFT')
      throw new PlanRuleViolation('PLAN.NOT_DRAFT', undefined, `the plan is already ${this.state.status}`);
    if (this.state.targetDate < today)
      throw new PlanRuleViolation(
        'PLAN.TARGET_DATE_PASSED',
        'targetDate',
        `the plan's moves were to start on ${this.state.targetDate}, which has passed: make a new plan`,
      );
  }

  /** `outcomes[i]` is what became of `moves[i]`. */
  approve(outcomes: readonly PlanMoveOutcome[], by: PlanActor, now: Date, today: string): void {
    this.checkApprovable(today);
    if (outcomes.length !== this.state.moves.length)
      throw new Error('approval needs an outcome for every planned move');
    this.state.moves.forEach((move, index) => (move.result = outcomes[index]));
    this.state.status = 'APPROVED';
    this.state.approvedBy = by;
    this.state.approvedAt = now;
    this.state.version += 1;
  }
}
