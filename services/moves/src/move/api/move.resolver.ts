import {
  ACCEPT_MOVE,
  ACT_AS_MOVING_PERSON,
  Authorize,
  Identity,
  MANAGE_MOVE,
  PROPOSE_MOVE,
  READ_MOVE,
  RELEASE_FOR_MOVE,
  RELEASE_TENURE_HOLD,
} from '@civil/auth';
import { CurrentIdentity, TraceId } from '@civil/platform';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GetMoveHandler } from '../application/get-move/get-move.handler';
import { GetMoveQuery } from '../application/get-move/get-move.query';
import { MoveReader } from '../application/move-view';
import { ProposeMoveCommand } from '../application/propose-move/propose-move.command';
import { ProposeMoveHandler } from '../application/propose-move/propose-move.handler';
import { MoveTransitionName, TransitionInput } from '../application/transition-move/move-transitions';
import { TransitionMoveCommand } from '../application/transition-move/transition-move.command';
import { TransitionMoveHandler } from '../application/transition-move/transition-move.handler';
import { AuditMoveChange } from './move.audit';
import {
  AgreeReleaseArgs,
  ExtendMoveArgs,
  MoveIdArgs,
  MoveReasonArgs,
  OptionalReasonArgs,
  ProposeMoveInput,
} from './move.inputs';
import { MoveModel } from './move.model';
import { MoveTimelineEntryModel } from './move-timeline.model';

/** A move, its timeline, and every transition a caller makes on it (the saga and the scheduler make the rest). */
@Resolver(() => MoveModel)
export class MoveResolver {
  constructor(
    private readonly getMove: GetMoveHandler,
    private readonly proposeMoveHandler: ProposeMoveHandler,
    private readonly transitions: TransitionMoveHandler,
    private readonly reader: MoveReader,
  ) {}

  @Query(() => MoveModel)
  @Authorize(READ_MOVE, { resource: 'record' })
  async move(@Args() { moveId }: MoveIdArgs, @CurrentIdentity() identity: Identity) {
    return MoveModel.from(await this.getMove.execute(new GetMoveQuery(moveId, identity)));
  }

  @ResolveField(() => [MoveTimelineEntryModel], {
    description: 'Everything that happened to the move, in order',
  })
  @Authorize(READ_MOVE, { resource: (_args, move: MoveModel) => move })
  async timeline(@Parent() move: MoveModel) {
    return (await this.reader.timeline(move.id)).map(MoveTimelineEntryModel.from);
  }

  @Mutation(() => MoveModel, {
    description: "A planner's proposal; the person consents and both departments agree",
  })
  @Authorize(PROPOSE_MOVE, { resource: 'record' })
  @AuditMoveChange()
  async proposeMove(
    @Args('input', { type: () => ProposeMoveInput }) input: ProposeMoveInput,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return MoveModel.from(
      await this.proposeMoveHandler.execute(new ProposeMoveCommand(identity, traceId, input)),
    );
  }

  @Mutation(() => MoveModel, { description: 'The person agrees to a move a planner proposed' })
  @Authorize(ACT_AS_MOVING_PERSON, { resource: 'record' })
  @AuditMoveChange()
  consentToMove(@Args() args: MoveIdArgs, @CurrentIdentity() identity: Identity, @TraceId() traceId: string) {
    return this.transition('consentToMove', args, identity, traceId);
  }

  @Mutation(() => MoveModel, { description: 'The person withdraws, before the start' })
  @Authorize(ACT_AS_MOVING_PERSON, { resource: 'record' })
  @AuditMoveChange()
  withdrawMove(
    @Args() args: OptionalReasonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('withdrawMove', args, identity, traceId, { reason: args.reason });
  }

  @Mutation(() => MoveModel, { description: 'The home department releases the person from a date' })
  @Authorize(RELEASE_FOR_MOVE, { resource: 'record' })
  @AuditMoveChange()
  agreeRelease(
    @Args() args: AgreeReleaseArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('agreeRelease', args, identity, traceId, { releaseOn: args.releaseOn });
  }

  @Mutation(() => MoveModel, { description: 'The home department declines to release the person' })
  @Authorize(RELEASE_FOR_MOVE, { resource: 'record' })
  @AuditMoveChange()
  declineRelease(
    @Args() args: MoveReasonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('declineRelease', args, identity, traceId, { reason: args.reason });
  }

  @Mutation(() => MoveModel, { description: 'The host department accepts the person' })
  @Authorize(ACCEPT_MOVE, { resource: 'record' })
  @AuditMoveChange()
  acceptMove(@Args() args: MoveIdArgs, @CurrentIdentity() identity: Identity, @TraceId() traceId: string) {
    return this.transition('acceptMove', args, identity, traceId);
  }

  @Mutation(() => MoveModel, { description: 'The host department declines the move' })
  @Authorize(ACCEPT_MOVE, { resource: 'record' })
  @AuditMoveChange()
  declineMove(
    @Args() args: MoveReasonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('declineMove', args, identity, traceId, { reason: args.reason });
  }

  @Mutation(() => MoveModel, {
    description: 'A workforce planner lets a held move go ahead, with a written reason',
  })
  @Authorize(RELEASE_TENURE_HOLD, { resource: 'record' })
  @AuditMoveChange()
  releaseTenureHold(
    @Args() args: MoveReasonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('releaseTenureHold', args, identity, traceId, { reason: args.reason });
  }

  @Mutation(() => MoveModel, { description: 'Cancelled by a department or planner before the start' })
  @Authorize(MANAGE_MOVE, { resource: 'record' })
  @AuditMoveChange()
  cancelMove(
    @Args() args: MoveReasonArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('cancelMove', args, identity, traceId, { reason: args.reason });
  }

  @Mutation(() => MoveModel, { description: 'A temporary move runs longer: a new agreement' })
  @Authorize(MANAGE_MOVE, { resource: 'record' })
  @AuditMoveChange()
  extendMove(
    @Args() args: ExtendMoveArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const { endsOn, justification } = args;
    return this.transition('extendMove', args, identity, traceId, { endsOn, justification });
  }

  @Mutation(() => MoveModel, { description: 'A loan converted into a permanent transfer' })
  @Authorize(MANAGE_MOVE, { resource: 'record' })
  @AuditMoveChange()
  makeMovePermanent(
    @Args() args: MoveIdArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.transition('makeMovePermanent', args, identity, traceId);
  }

  private async transition(
    name: MoveTransitionName,
    { moveId, expectedVersion }: MoveIdArgs,
    identity: Identity,
    traceId: string,
    input: TransitionInput = {},
  ) {
    const command = new TransitionMoveCommand(name, moveId, identity, traceId, input, expectedVersion);
    return MoveModel.from(await this.transitions.execute(command));
  }
}
