import { Authorize, Identity, SEARCH_PEOPLE } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SearchPeopleHandler } from '../application/search-people/search-people.handler';
import { SearchPeopleQuery } from '../application/search-people/search-people.query';
import { criteriaOf, PeopleArgs } from './people.args';
import { PersonConnectionModel } from './person-connection.model';

/**
 * The people a caller may find (SEARCH_PEOPLE: the scope is part of the SQL, so what they may not see is never
 * counted or paged). Not audited per person found: a search reads positions, and each record read is `person(id)`.
 */
@Resolver(() => PersonConnectionModel)
export class PeopleSearchResolver {
  constructor(private readonly search: SearchPeopleHandler) {}

  @Query(() => PersonConnectionModel, {
    description:
      'People matching every criterion, in family name, given name order; HR and planners find their department and ' +
      'people who share their profile across departments, hiring managers the latter',
  })
  @Authorize(SEARCH_PEOPLE, { resource: 'record' })
  async people(@Args() { filter, first, after }: PeopleArgs, @CurrentIdentity() identity: Identity) {
    const query = new SearchPeopleQuery(criteriaOf(filter), first, after ?? undefined, identity);
    return PersonConnectionModel.from(await this.search.execute(query));
  }

  @ResolveField(() => Int, {
    description: 'Everyone the search finds, on every page (counted only when asked)',
  })
  @Authorize(SEARCH_PEOPLE, { resource: 'record' })
  totalCount(@Parent() connection: PersonConnectionModel) {
    return connection.countTotal();
  }
}
