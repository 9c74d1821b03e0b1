import { Authorize, Identity, READ_PERSON, REGISTER_PERSON } from '@civil/auth';
import { BatchLoader, CurrentIdentity, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import { Args, Context, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import {
  GetPeopleByIdsHandler,
  ReadablePerson,
} from '../application/get-people-by-ids/get-people-by-ids.handler';
import { GetPeopleByIdsQuery } from '../application/get-people-by-ids/get-people-by-ids.query';
import { GetPersonHandler } from '../application/get-person/get-person.handler';
import { GetPersonQuery } from '../application/get-person/get-person.query';
import { RegisterPersonCommand } from '../application/register-person/register-person.command';
import { RegisterPersonHandler } from '../application/register-person/register-person.handler';
import { PersonArgs } from './person.args';
import { AuditReadPerson, AuditRegisterPerson } from './person.audit';
import { PersonModel } from './person.model';
import { RegisterPersonInput } from './register-person.input';

@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(
    private readonly registerPersonHandler: RegisterPersonHandler,
    private readonly getPersonHandler: GetPersonHandler,
    private readonly getPeopleByIdsHandler: GetPeopleByIdsHandler,
  ) {}

  @Mutation(() => PersonModel)
  @Authorize(REGISTER_PERSON, { resource: (args: { input: RegisterPersonInput }) => args.input })
  @AuditRegisterPerson()
  async registerPerson(
    @Args('input', { type: () => RegisterPersonInput }) input: RegisterPersonInput,
    @TraceId() traceId: string,
  ) {
    return PersonModel.from(
      await this.registerPersonHandler.execute(new RegisterPersonCommand(input, traceId)),
    );
  }

  @Query(() => PersonModel)
  @Authorize(READ_PERSON, { resource: 'record' })
  @AuditReadPerson()
  async person(@Args() { id }: PersonArgs, @CurrentIdentity() identity: Identity) {
    return PersonModel.from(await this.getPersonHandler.execute(new GetPersonQuery(id, identity)));
  }

  /** A person another subgraph refers to: read under the same policy, and refused (FORBIDDEN) one by one. */
  @ResolveReference()
  @Authorize(READ_PERSON, { resource: 'record' })
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext) {
    const loader = loaderFor(context, 'people', () => this.peopleLoader(context.identity));
    const person = await loader.load(reference.id);
    if (person instanceof Error) throw person;
    return person && PersonModel.from(person);
  }

  private peopleLoader(identity: Identity) {
    return new BatchLoader<string, ReadablePerson | null>(
      (ids) => this.getPeopleByIdsHandler.execute(new GetPeopleByIdsQuery(ids, identity)),
      null,
    );
  }
}
