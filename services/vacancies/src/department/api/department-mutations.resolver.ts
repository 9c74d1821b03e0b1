import { Authorize, Identity, MANAGE_ORGANISATIONS, SET_ESTABLISHMENT } from '@civil/auth';
import { CurrentIdentity, TraceId } from '@civil/platform';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AddOrganisationCommand } from '../application/add-organisation/add-organisation.command';
import { AddOrganisationHandler } from '../application/add-organisation/add-organisation.handler';
import { SetEstablishmentCommand } from '../application/set-establishment/set-establishment.command';
import { SetEstablishmentHandler } from '../application/set-establishment/set-establishment.handler';
import { AuditAddOrganisation, AuditSetEstablishment } from './department.audit';
import { AddOrganisationInput, SetEstablishmentInput } from './department.inputs';
import { DepartmentModel, EstablishmentLineModel } from './department.model';

@Resolver()
export class DepartmentMutationsResolver {
  constructor(
    private readonly addOrganisationHandler: AddOrganisationHandler,
    private readonly setEstablishmentHandler: SetEstablishmentHandler,
  ) {}

  @Mutation(() => DepartmentModel, {
    description: 'A new department, agency or body (cross-government HR only)',
  })
  @Authorize(MANAGE_ORGANISATIONS)
  @AuditAddOrganisation()
  async addOrganisation(@Args('input') input: AddOrganisationInput, @CurrentIdentity() identity: Identity) {
    const command = new AddOrganisationCommand(input, identity.subject);
    return DepartmentModel.from(await this.addOrganisationHandler.execute(command));
  }

  @Mutation(() => EstablishmentLineModel, {
    description:
      "Funded FTE for one of the department's profession x grade lines from a date on (0 ends the line)",
  })
  @Authorize(SET_ESTABLISHMENT, { resource: (args: { input: SetEstablishmentInput }) => args.input })
  @AuditSetEstablishment()
  async setEstablishment(
    @Args('input') input: SetEstablishmentInput,
    @CurrentIdentity() identity: Identity,
    @TraceId() traceId: string,
  ) {
    const setBy = { subject: identity.subject, ...(identity.personId && { personId: identity.personId }) };
    const { previousFte, ...entry } = await this.setEstablishmentHandler.execute(
      new SetEstablishmentCommand({ ...input }, setBy, traceId),
    );
    // previousFte is not a GraphQL field: it rides along for the audit entry's "before".
    return Object.assign(EstablishmentLineModel.from(entry), { previousFte });
  }
}
