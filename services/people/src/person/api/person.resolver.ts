import { Authorize, Identity, READ_ME, READ_PERSON, REGISTER_PERSON } from '@civil/auth';
import { BatchLoader, CurrentIdentity, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import {
  GetPeopleByIdsHandler,
  ReadablePerson,
} from '../application/get-people-by-ids/get-people-by-ids.handler';
import { GetPeopleByIdsQuery } from '../application/get-people-by-ids/get-people-by-ids.query';
import { GetMeHandler } from '../application/get-me/get-me.handler';
import { GetMeQuery } from '../application/get-me/get-me.query';
import { GetPersonHandler } from '../application/get-person/get-person.handler';
import { GetTenureHandler } from '../application/get-tenure/get-tenure.handler';
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
    private readonly getMeHandler: GetMeHandler,
    private readonly getTenureHandler: GetTenureHandler,
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

  @Query(() => PersonModel, { description: "Your own person record (the identity's person id)" })
  // The subject is the caller: the use case applies the policy to the caller's own person id.
  @Authorize(READ_ME, { resource: 'record' })
  async me(@CurrentIdentity() identity: Identity) {
    return PersonModel.from(await this.getMeHandler.execute(new GetMeQuery(identity)));
  }

  @ResolveField(() => String, {
    description:
      "ISO-8601 date the minimum expected assignment ends: started in post + the longest of the track's and the " +
      "grade's minimum, else the configured default",
  })
  @Authorize(READ_PERSON, { resource: (_args, person: PersonModel) => person })
  async minimumTermEndsOn(@Parent() person: PersonModel) {
    return (await this.tenureOf(person)).minimumTermEndsOn;
  }

  @ResolveField(() => String, {
    description:
      'ISO-8601 date from which the person can move: the later of minimumTermEndsOn and their earliest move date',
  })
  @Authorize(READ_PERSON, { resource: (_args, person: PersonModel) => person })
  async eligibleToMoveFrom(@Parent() person: PersonModel) {
    return (await this.tenureOf(person)).eligibleToMoveFrom;
  }

  private tenureOf(person: PersonModel) {
    return this.getTenureHandler.execute({ ...person, earliestMoveOn: person.preferences?.earliestMoveOn });
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
