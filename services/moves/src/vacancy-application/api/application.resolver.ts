import {
  APPLY_FOR_VACANCY,
  Authorize,
  Identity,
  LIST_MOVES,
  MANAGE_APPLICANTS,
  WITHDRAW_APPLICATION,
} from '@civil/auth';
import { CurrentIdentity, TraceId } from '@civil/platform';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditMoveChange } from '../../move/api/move.audit';
import { MoveModel } from '../../move/api/move.model';
import { VacancyReference } from '../../vacancy-read-model/api/vacancy.reference';
import { ChangeApplicationCommand } from '../application/change-application/change-application.command';
import { ChangeApplicationHandler } from '../application/change-application/change-application.handler';
import { ListApplicationsHandler } from '../application/list-applications/list-applications.handler';
import { OfferMoveCommand } from '../application/offer-move/offer-move.command';
import { OfferMoveHandler } from '../application/offer-move/offer-move.handler';
import { SubmitApplicationCommand } from '../application/submit-application/submit-application.command';
import { SubmitApplicationHandler } from '../application/submit-application/submit-application.handler';
import { AuditApplicationChange } from './application.audit';
import {
  ApplicationIdArgs,
  ApplicationsArgs,
  ApplyForVacancyInput,
  OfferMoveArgs,
  RejectApplicantArgs,
} from './application.inputs';
import { ApplicationModel } from './application.model';

/** Applying, withdrawing, and the hiring department's shortlist, rejection and offer (which becomes a move). */
@Resolver(() => ApplicationModel)
export class ApplicationResolver {
  constructor(
    private readonly submit: SubmitApplicationHandler,
    private readonly changes: ChangeApplicationHandler,
    private readonly offers: OfferMoveHandler,
    private readonly lists: ListApplicationsHandler,
  ) {}

  @Query(() => [ApplicationModel], { description: 'The caller’s own applications, newest first' })
  @Authorize(LIST_MOVES)
  async myApplications(@Args() { first }: ApplicationsArgs, @CurrentIdentity() identity: Identity) {
    return (await this.lists.mine(identity, first)).map(ApplicationModel.from);
  }

  @Mutation(() => ApplicationModel, { description: 'Apply for an open vacancy visible to you' })
  @Authorize(APPLY_FOR_VACANCY)
  @AuditApplicationChange()
  async applyForVacancy(
    @Args('input', { type: () => ApplyForVacancyInput }) input: ApplyForVacancyInput,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return ApplicationModel.from(
      await this.submit.execute(new SubmitApplicationCommand(identity, traceId, input)),
    );
  }

  @Mutation(() => ApplicationModel)
  @Authorize(WITHDRAW_APPLICATION, { resource: 'record' })
  @AuditApplicationChange()
  withdrawApplication(
    @Args() args: ApplicationIdArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.change('withdraw', args, identity, traceId);
  }

  @Mutation(() => ApplicationModel)
  @Authorize(MANAGE_APPLICANTS, { resource: 'record' })
  @AuditApplicationChange()
  shortlistApplicant(
    @Args() args: ApplicationIdArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.change('shortlist', args, identity, traceId);
  }

  @Mutation(() => ApplicationModel, { description: 'Not selected, with feedback for the applicant' })
  @Authorize(MANAGE_APPLICANTS, { resource: 'record' })
  @AuditApplicationChange()
  rejectApplicant(
    @Args() args: RejectApplicantArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return this.change('reject', args, identity, traceId, args.feedback);
  }

  @Mutation(() => MoveModel, { description: 'Offer the applicant the post: the offer becomes a move' })
  @Authorize(MANAGE_APPLICANTS, { resource: 'record' })
  @AuditMoveChange()
  async offerMove(
    @Args() { applicationId, terms }: OfferMoveArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return MoveModel.from(
      await this.offers.execute(new OfferMoveCommand(applicationId, identity, traceId, terms)),
    );
  }

  private async change(
    change: ChangeApplicationCommand['change'],
    { applicationId, expectedVersion }: ApplicationIdArgs,
    identity: Identity,
    traceId: string,
    feedback?: string,
  ) {
    const command = new ChangeApplicationCommand(
      change,
      applicationId,
      identity,
      traceId,
      feedback,
      expectedVersion,
    );
    return ApplicationModel.from(await this.changes.execute(command));
  }
}

/** Moves' field on Vacancy: its applicants, for the hiring department. */
@Resolver(() => VacancyReference)
export class VacancyApplicationsResolver {
  constructor(private readonly lists: ListApplicationsHandler) {}

  @ResolveField(() => [ApplicationModel], { nullable: true, description: 'Applicants, first come first' })
  @Authorize(MANAGE_APPLICANTS, { resource: 'record' })
  async applications(
    @Parent() vacancy: VacancyReference,
    @Args() { first }: ApplicationsArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    return (await this.lists.ofVacancy(vacancy.id, identity, first))?.map(ApplicationModel.from) ?? null;
  }
}
