import { Identity, PLAN_REALLOCATION } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { CapacityReader } from '../../../capacity/application/capacity.reader';
import { REFERENCE_ORDERS } from '../../../config/reference-orders';
import { scoreMatch } from '../../../matching/domain/match.rules';
import { dateOf } from '../../../move/domain/calendar';
import { capacityEffect, DepartmentCapacityEffect } from '../../domain/capacity-effect';
import { gapOpportunities } from '../../domain/gap-opportunities';
import { PlanConstraints, planConstraints } from '../../domain/plan-constraints';
import { checkScope, PlanScope } from '../../domain/plan-scope';
import { PlanRuleViolation } from '../../domain/plan.errors';
import { planReallocation, Reallocation } from '../../domain/reallocation';
import { PlanExplanation, PlanFactsReader, PlanOpening, PlanPerson } from '../plan-facts.reader';
import { PlanRequest } from './plan-request';
import { scoreBound } from './score-bound';

export interface CalculatedPlan {
  scope: PlanScope;
  targetDate: string;
  constraints: PlanConstraints;
  planningDepartmentCode?: string;
  reallocation: Reallocation<PlanExplanation>;
  capacity: DepartmentCapacityEffect[];
}

/**
 * A plan from today's facts, written nowhere: createReallocationPlan stores what this returns, whatIf only shows it.
 * Four set-based reads (people, vacancies, headcounts, capacity at the target date), then the pure planning domain.
 */
@Injectable()
export class PlanCalculator {
  constructor(
    private readonly facts: PlanFactsReader,
    private readonly capacity: CapacityReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async calculate(identity: Identity, request: PlanRequest): Promise<CalculatedPlan> {
    const scope = checkScope(request.scope);
    authorize(PLAN_REALLOCATION, identity, scope);
    const constraints = planConstraints(request.constraints);
    const today = dateOf(this.clock.now());
    const { targetDate } = request;
    if (targetDate < today)
      throw new PlanRuleViolation(
        'PLAN.TARGET_DATE_PASSED',
        'targetDate',
        `targetDate ${targetDate} is before today`,
      );
    // A department's planner plans moves into or out of their department only (see PLAN_REALLOCATION).
    const planningDepartmentCode = identity.crossGovernment ? undefined : identity.departmentCode;

    // One after another: inside createReallocationPlan's transaction they share one connection anyway.
    const people = await this.facts.people(scope, constraints, targetDate, planningDepartmentCode);
    const vacancies = await this.facts.vacancies(scope, today);
    const headcounts = await this.facts.headcounts(scope);
    const lines = await this.capacity.lines({ asOf: targetDate, today, ...scope });
    const openings = [...vacancies, ...gapOpportunities(lines, scope).map(gapOpening)];
    // A department's planner sees people of other departments only with their consent to share their profile, as
    // suggested candidates do: matching's viewerDepartment.
    const context = { today, orders: REFERENCE_ORDERS, viewerDepartment: planningDepartmentCode };
    const score = (person: PlanPerson, opening: PlanOpening) => {
      const match = scoreMatch(person, opening, context);
      // The plan proposes level transfers: matching must see the same (never a promotion, DOMAIN.md).
      return match?.explanation.gradeFit === 'SAME_GRADE' && match.explanation.moveKind === 'LEVEL_TRANSFER'
        ? match
        : undefined;
    };
    const reallocation = planReallocation<PlanPerson, PlanOpening, PlanExplanation>({
      people,
      opportunities: openings,
      headcounts,
      scope,
      constraints,
      targetDate,
      planningDepartment: planningDepartmentCode,
      score,
      bound: scoreBound(score),
    });
    return {
      scope,
      targetDate,
      constraints,
      planningDepartmentCode,
      reallocation,
      capacity: capacityEffect(lines, reallocation.moves),
    };
  }
}

/** A capacity gap as matching sees an opportunity: a funded post of the line, with nothing more asked of it. */
function gapOpening(gap: ReturnType<typeof gapOpportunities>[number]): PlanOpening {
  return {
    ...gap,
    title: `Capacity gap: ${gap.departmentCode} ${gap.profession} ${gap.grade}`,
    locations: [],
    remotePossible: false,
    requiredSkills: [],
    behaviours: [],
    visibility: 'ALL_DEPARTMENTS',
  };
}
