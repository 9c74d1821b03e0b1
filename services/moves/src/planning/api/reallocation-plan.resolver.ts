import {
  Authorize,
  Identity,
  LIST_REALLOCATION_PLANS,
  MANAGE_REALLOCATION_PLAN,
  PLAN_REALLOCATION,
  PlanningScope,
} from '@civil/auth';
import { BatchLoader, CurrentIdentity, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ApproveReallocationPlanCommand } from '../application/approve-reallocation-plan/approve-reallocation-plan.command';
import { ApproveReallocationPlanHandler } from '../application/approve-reallocation-plan/approve-reallocation-plan.handler';
import { CreateReallocationPlanCommand } from '../application/create-reallocation-plan/create-reallocation-plan.command';
import { CreateReallocationPlanHandler } from '../application/create-reallocation-plan/create-reallocation-plan.handler';
import { GetReallocationPlanHandler } from '../application/get-reallocation-plan/get-reallocation-plan.handler';
import { GetReallocationPlanQuery } from '../application/get-reallocation-plan/get-reallocation-plan.query';
import { ListReallocationPlansHandler } from '../application/list-reallocation-plans/list-reallocation-plans.handler';
import { ListReallocationPlansQuery } from '../application/list-reallocation-plans/list-reallocation-plans.query';
import { PlanView, ReallocationPlanReader } from '../application/reallocation-plan.view';
import { WhatIfHandler } from '../application/what-if/what-if.handler';
import { WhatIfQuery } from '../application/what-if/what-if.query';
import { DepartmentCapacityEffectModel } from './plan-capacity.model';
import { AuditReallocationPlan } from './reallocation-plan.audit';
import {
  ApproveReallocationPlanArgs,
  CreateReallocationPlanInput,
  ReallocationPlanIdArgs,
  ReallocationPlansArgs,
  toPlanRequest,
} from './reallocation-plan.inputs';
import {
  PlanCapacityEffectModel,
  PlanMoveModel,
  ReallocationPlanConnectionModel,
  ReallocationPlanModel,
} from './reallocation-plan.model';

const scopeOf = (args: { input: { scope: PlanningScope } }) => args.input.scope;
const planOf = (_args: unknown, plan: ReallocationPlanModel) => plan;

function decodeCursor(after: string | undefined): string | undefined {
  if (after === undefined) return undefined;
  try {
    const [id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string];
    if (/^[0-9a-f-]{36}$/i.test(id)) return id;
  } catch {
    // falls through to the error below
  }
  throw new GraphQLError('after is not a cursor this query returned', {
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
}

/** Reallocation plans: made (or only evaluated), read, listed and approved by workforce planners. */
@Resolver(() => ReallocationPlanModel)
export class ReallocationPlanResolver {
  constructor(
    private readonly create: CreateReallocationPlanHandler,
    private readonly approve: ApproveReallocationPlanHandler,
    private readonly get: GetReallocationPlanHandler,
    private readonly list: ListReallocationPlansHandler,
    private readonly evaluate: WhatIfHandler,
    private readonly reader: ReallocationPlanReader,
  ) {}

  @Mutation(() => ReallocationPlanModel, {
    description: 'The best plan for the scope under the constraints (exact optimum), stored as a DRAFT',
  })
  @Authorize(PLAN_REALLOCATION, { resource: scopeOf })
  @AuditReallocationPlan()
  async createReallocationPlan(
    @Args('input', { type: () => CreateReallocationPlanInput }) input: CreateReallocationPlanInput,
    @CurrentIdentity() identity: Identity,
  ) {
    const plan = await this.create.execute(new CreateReallocationPlanCommand(identity, toPlanRequest(input)));
    return ReallocationPlanModel.from(plan);
  }

  @Mutation(() => ReallocationPlanModel, {
    description:
      "Turns a DRAFT plan's moves into proposals; consent, release and acceptance follow as for any move",
  })
  @Authorize(MANAGE_REALLOCATION_PLAN, { resource: 'record' })
  @AuditReallocationPlan()
  async approveReallocationPlan(
    @Args() { id, expectedVersion }: ApproveReallocationPlanArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new ApproveReallocationPlanCommand(identity, traceId, id, expectedVersion);
    return ReallocationPlanModel.from(await this.approve.execute(command));
  }

  @Query(() => ReallocationPlanModel)
  @Authorize(MANAGE_REALLOCATION_PLAN, { resource: 'record' })
  async reallocationPlan(@Args() { id }: ReallocationPlanIdArgs, @CurrentIdentity() identity: Identity) {
    return ReallocationPlanModel.from(await this.get.execute(new GetReallocationPlanQuery(id, identity)));
  }

  @Query(() => ReallocationPlanConnectionModel, { description: 'Plans the caller may read, newest first' })
  @Authorize(LIST_REALLOCATION_PLANS)
  async reallocationPlans(
    @Args() { first, after }: ReallocationPlansArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const rows = await this.list.execute(
      new ListReallocationPlansQuery(identity, first + 1, decodeCursor(after)),
    );
    return ReallocationPlanConnectionModel.from(rows, first);
  }

  @Query(() => PlanCapacityEffectModel, {
    description:
      'The plan createReallocationPlan would make and its effect on capacity, without storing anything',
  })
  @Authorize(PLAN_REALLOCATION, { resource: scopeOf })
  async whatIf(
    @Args('input', { type: () => CreateReallocationPlanInput }) input: CreateReallocationPlanInput,
    @CurrentIdentity() identity: Identity,
  ) {
    return PlanCapacityEffectModel.from(
      await this.evaluate.execute(new WhatIfQuery(identity, toPlanRequest(input))),
    );
  }

  @ResolveField(() => [PlanMoveModel], { description: 'The moves, host department first' })
  @Authorize(MANAGE_REALLOCATION_PLAN, { resource: planOf })
  async moves(@Parent() plan: ReallocationPlanModel, @Context() context: GraphQLContext) {
    const moves =
      plan.loadedMoves ??
      (await loaderFor(
        context,
        'reallocationPlanMoves',
        () => new BatchLoader<string, PlanView['moves']>((ids) => this.reader.movesOf(ids), []),
      ).load(plan.id));
    return moves.map(PlanMoveModel.from);
  }

  @ResolveField(() => [DepartmentCapacityEffectModel], {
    description:
      'Every department a move leaves or enters: its lines in scope, before and after, as when planned',
  })
  @Authorize(MANAGE_REALLOCATION_PLAN, { resource: planOf })
  async capacity(@Parent() plan: ReallocationPlanModel, @Context() context: GraphQLContext) {
    const capacity =
      plan.loadedCapacity ??
      (await loaderFor(
        context,
        'reallocationPlanCapacity',
        () => new BatchLoader<string, PlanView['capacity']>((ids) => this.reader.capacityOf(ids), []),
      ).load(plan.id));
    return capacity.map(DepartmentCapacityEffectModel.from);
  }
}
