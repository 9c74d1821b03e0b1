import { PageInfo } from '@civil/platform';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchExplanationModel } from '../../matching/api/match-explanation.model';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { KindOfMove } from '../../move/api/move.model';
import { MovesPageInfoModel } from '../../move/api/move-connection.model';
import { PersonReference } from '../../person-read-model/api/person.reference';
import { VacancyReference } from '../../vacancy-read-model/api/vacancy.reference';
import { CalculatedPlan } from '../application/calculate-plan/plan.calculator';
import { PlanExplanation } from '../application/plan-facts.reader';
import { PlanSummary, PlanView } from '../application/reallocation-plan.view';
import { PlanMove } from '../domain/reallocation-plan.aggregate';
import { DepartmentCapacityEffectModel } from './plan-capacity.model';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const ReallocationPlanStatus = asEnum(['DRAFT', 'APPROVED'] as const);
registerEnumType(ReallocationPlanStatus, {
  name: 'ReallocationPlanStatus',
  registerIn: () => MovesSchemaScope,
});
export const PlanMoveOutcome = asEnum(['PROPOSED', 'SKIPPED'] as const);
registerEnumType(PlanMoveOutcome, { name: 'PlanMoveOutcome', registerIn: () => MovesSchemaScope });
export const PlanMoveSkipReason = asEnum([
  'PERSON_UNKNOWN',
  'PERSON_LEFT',
  'PERSON_MOVED',
  'AWAY',
  'ON_A_MOVE',
  'VACANCY_NOT_OPEN',
] as const);
registerEnumType(PlanMoveSkipReason, {
  name: 'PlanMoveSkipReason',
  registerIn: () => MovesSchemaScope,
  description:
    'Why approval did not propose a planned move: the person or the post changed since the plan was made',
});

@ObjectType('ReallocationPlanScope', { registerIn: () => MovesSchemaScope })
export class PlanScopeModel {
  @Field(() => [String]) departments: string[];
  @Field(() => [String]) professions: string[];
  @Field(() => [String]) grades: string[];
}

@ObjectType('ReallocationPlanConstraints', { registerIn: () => MovesSchemaScope })
export class PlanConstraintsModel {
  @Field(() => Float) maxReleaseShare: number;
  @Field(() => Boolean) onlyOpenToMove: boolean;
  @Field(() => Boolean) allowInsideMinimumTerm: boolean;
  @Field(() => Boolean) noPromotions: boolean;
}

@ObjectType('ReallocationPlanStatistics', {
  registerIn: () => MovesSchemaScope,
  description:
    'What the optimizer solved: people who could move, places to fill, and candidate edges between them',
})
export class PlanStatisticsModel {
  @Field(() => Int) candidates: number;
  @Field(() => Int) opportunities: number;
  @Field(() => Int) edges: number;
}

@ObjectType('ReallocationPlanMove', {
  registerIn: () => MovesSchemaScope,
  description:
    'A move a plan proposes: always a level transfer (same grade, another department) on the target date',
})
export class PlanMoveModel {
  @Field(() => ID) personId: string;
  @Field(() => PersonReference) person: PersonReference;
  @Field(() => String) homeDepartmentCode: string;
  @Field(() => String) hostDepartmentCode: string;
  @Field(() => String) profession: string;
  @Field(() => String) grade: string;
  @Field(() => Float) fte: number;
  @Field(() => KindOfMove) kind: string;
  @Field(() => String) startsOn: string;
  @Field(() => ID, { nullable: true, description: 'The vacancy whose post the move fills' })
  vacancyId?: string;
  @Field(() => VacancyReference, { nullable: true }) vacancy?: VacancyReference;
  @Field(() => String, {
    nullable: true,
    description: 'Or the capacity gap it fills: gap:DEPARTMENT/PROFESSION/GRADE',
  })
  gap?: string;
  @Field(() => Float, { description: 'The match score (0 to 1), as matching ranks it' })
  score: number;
  @Field(() => MatchExplanationModel) explanation: MatchExplanationModel;
  @Field(() => PlanMoveOutcome, { nullable: true, description: 'Once the plan is approved' })
  outcome?: string;
  @Field(() => ID, { nullable: true, description: 'The proposed move, once approved (see Query.move)' })
  moveId?: string;
  @Field(() => PlanMoveSkipReason, { nullable: true }) skipReason?: string;

  static from(move: PlanMove<PlanExplanation>): PlanMoveModel {
    const vacancyId = move.source === 'VACANCY' ? move.opportunityId : undefined;
    return Object.assign(new PlanMoveModel(), {
      personId: move.personId,
      person: { id: move.personId },
      homeDepartmentCode: move.homeDepartmentCode,
      hostDepartmentCode: move.hostDepartmentCode,
      profession: move.profession,
      grade: move.grade,
      fte: move.fte,
      kind: move.kind,
      startsOn: move.startsOn,
      vacancyId,
      vacancy: vacancyId && { id: vacancyId },
      gap: move.source === 'GAP' ? move.opportunityId : undefined,
      score: move.score,
      explanation: move.explanation,
      outcome: move.result?.outcome,
      moveId: move.result?.outcome === 'PROPOSED' ? move.result.moveId : undefined,
      skipReason: move.result?.outcome === 'SKIPPED' ? move.result.reason : undefined,
    });
  }
}

/** A stored plan. `moves` and `capacity` are resolved on demand (ReallocationPlanResolver), so lists stay light. */
@ObjectType('ReallocationPlan', {
  registerIn: () => MovesSchemaScope,
  description:
    'A reallocation plan: DRAFT until approved, when its moves become proposals in the normal workflow',
})
export class ReallocationPlanModel {
  @Field(() => ID) id: string;
  @Field(() => ReallocationPlanStatus) status: string;
  @Field(() => Int) version: number;
  @Field(() => String) targetDate: string;
  @Field(() => PlanScopeModel) scope: PlanScopeModel;
  @Field(() => PlanConstraintsModel) constraints: PlanConstraintsModel;
  @Field(() => String, {
    nullable: true,
    description: 'The department it was planned for; null: cross-government',
  })
  planningDepartmentCode?: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) approvedAt?: Date;
  @Field(() => Float, { description: "The sum of the moves' scores: the greatest the constraints allow" })
  totalScore: number;
  @Field(() => Int) moveCount: number;
  @Field(() => PlanStatisticsModel) statistics: PlanStatisticsModel;

  /** Present when the plan was read whole; a list leaves them to the field resolvers. */
  loadedMoves?: PlanView['moves'];
  loadedCapacity?: PlanView['capacity'];

  static from(plan: PlanView | PlanSummary): ReallocationPlanModel {
    const whole = 'moves' in plan;
    return Object.assign(new ReallocationPlanModel(), {
      id: plan.id,
      status: plan.status,
      version: plan.version,
      targetDate: plan.targetDate,
      scope: plan.scope,
      constraints: plan.constraints,
      planningDepartmentCode: plan.planningDepartmentCode,
      createdAt: plan.createdAt,
      approvedAt: plan.approvedAt,
      totalScore: plan.totalScore,
      moveCount: whole ? plan.moves.length : plan.moveCount,
      statistics: plan.statistics,
      ...(whole && { loadedMoves: plan.moves, loadedCapacity: plan.capacity }),
    });
  }
}

@ObjectType('PlanCapacityEffect', {
  registerIn: () => MovesSchemaScope,
  description:
    'What a plan would do, computed and not stored (whatIf): its moves and the capacity before and after',
})
export class PlanCapacityEffectModel {
  @Field(() => String) targetDate: string;
  @Field(() => Float) totalScore: number;
  @Field(() => PlanStatisticsModel) statistics: PlanStatisticsModel;
  @Field(() => [PlanMoveModel]) moves: PlanMoveModel[];
  @Field(() => [DepartmentCapacityEffectModel]) capacity: DepartmentCapacityEffectModel[];

  static from(plan: CalculatedPlan): PlanCapacityEffectModel {
    const { reallocation } = plan;
    return Object.assign(new PlanCapacityEffectModel(), {
      targetDate: plan.targetDate,
      totalScore: reallocation.totalScore,
      statistics: {
        candidates: reallocation.candidates,
        opportunities: reallocation.opportunities,
        edges: reallocation.edges,
      },
      moves: reallocation.moves.map(PlanMoveModel.from),
      capacity: plan.capacity.map(DepartmentCapacityEffectModel.from),
    });
  }
}

@ObjectType('ReallocationPlanEdge', { registerIn: () => MovesSchemaScope })
export class ReallocationPlanEdgeModel {
  @Field(() => String) cursor: string;
  @Field(() => ReallocationPlanModel) node: ReallocationPlanModel;
}

export const planCursor = (id: string) => Buffer.from(JSON.stringify([id])).toString('base64url');

/** Plans, newest first. */
@ObjectType('ReallocationPlanConnection', { registerIn: () => MovesSchemaScope })
export class ReallocationPlanConnectionModel {
  @Field(() => [ReallocationPlanEdgeModel]) edges: ReallocationPlanEdgeModel[];
  @Field(() => MovesPageInfoModel) pageInfo: PageInfo;

  /** `rows` holds one more than the page when there is a next page. */
  static from(rows: PlanSummary[], first: number): ReallocationPlanConnectionModel {
    const page = rows.slice(0, first);
    return Object.assign(new ReallocationPlanConnectionModel(), {
      edges: page.map((plan) =>
        Object.assign(new ReallocationPlanEdgeModel(), {
          cursor: planCursor(plan.id),
          node: ReallocationPlanModel.from(plan),
        }),
      ),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length > 0 ? planCursor(page[page.length - 1].id) : undefined,
      },
    });
  }
}
