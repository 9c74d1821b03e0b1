import { Authorize, READ_PERSON } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor } from '@civil/platform';
import { Context, Directive, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FindKnownPeopleHandler } from '../application/find-known-people/find-known-people.handler';
import { FindKnownPeopleQuery } from '../application/find-known-people/find-known-people.query';
import { PersonReference } from './person.reference';

/** Moves' fields on Person, resolved in one batch per request however many people the query touches. */
@Resolver(() => PersonReference)
export class PersonMovesResolver {
  constructor(private readonly findKnownPeople: FindKnownPeopleHandler) {}

  @ResolveField(() => Boolean, {
    description: 'Whether moves has taken in this person from the people events yet.',
  })
  // Whoever may not read the person may not learn this about them either. People's department, not moves' copy of
  // it, decides: the gateway fetches it from people (under READ_PERSON there) and hands it over with the reference.
  @Directive('@requires(fields: "departmentCode")')
  @Authorize(READ_PERSON, { resource: (_args, person: PersonReference) => person })
  knownToMoves(@Parent() person: PersonReference, @Context() context: GraphQLContext): Promise<boolean> {
    return loaderFor(context, 'knownPeople', () => this.loader()).load(person.id);
  }

  private loader() {
    return new BatchLoader<string, boolean>(async (ids) => {
      const known = await this.findKnownPeople.execute(new FindKnownPeopleQuery(ids));
      return new Map(ids.map((id) => [id, known.has(id)]));
    }, false);
  }
}
