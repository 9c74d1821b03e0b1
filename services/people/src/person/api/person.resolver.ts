import { BatchLoader, GraphQLContext, loaderFor, TraceId } from '@civil/platform';
import { Args, Context, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { GetPeopleByIdsHandler } from '../application/get-people-by-ids/get-people-by-ids.handler';
import { GetPeopleByIdsQuery } from '../application/get-people-by-ids/get-people-by-ids.query';
import { GetPersonHandler } from '../application/get-person/get-person.handler';
import { GetPersonQuery } from '../application/get-person/get-person.query';
import { RegisterPersonCommand } from '../application/register-person/register-person.command';
import { RegisterPersonHandler } from '../application/register-person/register-person.handler';
import { PersonSnapshot } from '../domain/person.aggregate';
import { PersonArgs } from './person.args';
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
  async registerPerson(
    @Args('input', { type: () => RegisterPersonInput }) input: RegisterPersonInput,
    @TraceId() traceId: string,
  ) {
    return PersonModel.from(
      await this.registerPersonHandler.execute(new RegisterPersonCommand(input, traceId)),
    );
  }

  @Query(() => PersonModel)
  async person(@Args() { id }: PersonArgs) {
    return PersonModel.from(await this.getPersonHandler.execute(new GetPersonQuery(id)));
  }

  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext) {
    const person = await loaderFor(context, 'people', () => this.peopleLoader()).load(reference.id);
    return person && PersonModel.from(person);
  }

  private peopleLoader() {
    return new BatchLoader<string, PersonSnapshot | null>(
      (ids) => this.getPeopleByIdsHandler.execute(new GetPeopleByIdsQuery(ids)),
      null,
    );
  }
}
