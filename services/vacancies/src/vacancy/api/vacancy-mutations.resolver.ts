import { Authorize, Identity, MANAGE_VACANCY } from '@civil/auth';
import { CurrentIdentity, TraceId } from '@civil/platform';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CancelVacancyCommand } from '../application/cancel-vacancy/cancel-vacancy.command';
import { CancelVacancyHandler } from '../application/cancel-vacancy/cancel-vacancy.handler';
import { CloseVacancyCommand } from '../application/close-vacancy/close-vacancy.command';
import { CloseVacancyHandler } from '../application/close-vacancy/close-vacancy.handler';
import { PublishVacancyCommand } from '../application/publish-vacancy/publish-vacancy.command';
import { PublishVacancyHandler } from '../application/publish-vacancy/publish-vacancy.handler';
import { UpdateVacancyCommand } from '../application/update-vacancy/update-vacancy.command';
import { UpdateVacancyHandler } from '../application/update-vacancy/update-vacancy.handler';
import { CancelVacancyArgs, PublishVacancyArgs, UpdateVacancyArgs, VacancyArgs } from './vacancy.args';
import {
  AuditCancelVacancy,
  AuditCloseVacancy,
  AuditPublishVacancy,
  AuditUpdateVacancy,
} from './vacancy.audit';
import { toChanges } from './vacancy-inputs.mapper';
import { VacancyModel } from './vacancy.model';

/**
 * Changes to a stored vacancy, by its department (MANAGE_VACANCY). The policy needs the stored vacancy's department,
 * so the guard screens roles and the use case decides on the record ('record').
 */
@Resolver(() => VacancyModel)
export class VacancyMutationsResolver {
  constructor(
    private readonly updateVacancyHandler: UpdateVacancyHandler,
    private readonly publishVacancyHandler: PublishVacancyHandler,
    private readonly closeVacancyHandler: CloseVacancyHandler,
    private readonly cancelVacancyHandler: CancelVacancyHandler,
  ) {}

  @Mutation(() => VacancyModel, { description: 'Changes a draft or an open vacancy at the version you read' })
  @Authorize(MANAGE_VACANCY, { resource: 'record' })
  @AuditUpdateVacancy()
  async updateVacancy(
    @Args() { id, input, expectedVersion }: UpdateVacancyArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new UpdateVacancyCommand(id, toChanges(input), expectedVersion, identity, traceId);
    return VacancyModel.from(await this.updateVacancyHandler.execute(command));
  }

  @Mutation(() => VacancyModel, {
    description: 'Opens a draft for applications; refused with everything still missing (extensions.missing)',
  })
  @Authorize(MANAGE_VACANCY, { resource: 'record' })
  @AuditPublishVacancy()
  async publishVacancy(
    @Args() { id, expectedVersion }: PublishVacancyArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new PublishVacancyCommand(id, expectedVersion, identity, traceId);
    return VacancyModel.from(await this.publishVacancyHandler.execute(command));
  }

  @Mutation(() => VacancyModel, { description: 'Stops applications before the closing date' })
  @Authorize(MANAGE_VACANCY, { resource: 'record' })
  @AuditCloseVacancy()
  async closeVacancy(
    @Args() { id }: VacancyArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    return VacancyModel.from(
      await this.closeVacancyHandler.execute(new CloseVacancyCommand(id, identity, traceId)),
    );
  }

  @Mutation(() => VacancyModel, { description: 'Withdraws a vacancy; posts held for moves are released' })
  @Authorize(MANAGE_VACANCY, { resource: 'record' })
  @AuditCancelVacancy()
  async cancelVacancy(
    @Args() { id, reason }: CancelVacancyArgs,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const command = new CancelVacancyCommand(id, reason, identity, traceId);
    return VacancyModel.from(await this.cancelVacancyHandler.execute(command));
  }
}
