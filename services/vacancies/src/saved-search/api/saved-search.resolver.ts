import { Authorize, Identity, KEEP_SAVED_SEARCHES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { criteriaOf, PageOfVacanciesArgs } from '../../vacancy-search/api/vacancies.args';
import { VacancyConnectionModel } from '../../vacancy-search/api/vacancy-connection.model';
import { SearchVacanciesHandler } from '../../vacancy-search/application/search-vacancies/search-vacancies.handler';
import { SearchVacanciesQuery } from '../../vacancy-search/application/search-vacancies/search-vacancies.query';
import { CountMatchingHandler } from '../application/count-matching/count-matching.handler';
import { CountMatchingQuery } from '../application/count-matching/count-matching.query';
import { DeleteSavedSearchCommand } from '../application/delete-saved-search/delete-saved-search.command';
import { DeleteSavedSearchHandler } from '../application/delete-saved-search/delete-saved-search.handler';
import { MySavedSearchesHandler } from '../application/my-saved-searches/my-saved-searches.handler';
import { MySavedSearchesQuery } from '../application/my-saved-searches/my-saved-searches.query';
import { SaveSearchCommand } from '../application/save-search/save-search.command';
import { SaveSearchHandler } from '../application/save-search/save-search.handler';
import { AuditDeleteSavedSearch, AuditSaveSearch } from './saved-search.audit';
import { SavedSearchModel } from './saved-search.model';
import { SaveSearchInput } from './save-search.input';

const ownSearch = { resource: (_args: unknown, search: SavedSearchModel) => ({ personId: search.personId }) };

/** A person's saved searches: KEEP_SAVED_SEARCHES, theirs alone (the use cases check the owner). */
@Resolver(() => SavedSearchModel)
export class SavedSearchResolver {
  constructor(
    private readonly saveSearchHandler: SaveSearchHandler,
    private readonly deleteSavedSearchHandler: DeleteSavedSearchHandler,
    private readonly mySavedSearchesHandler: MySavedSearchesHandler,
    private readonly countMatchingHandler: CountMatchingHandler,
    private readonly searchVacanciesHandler: SearchVacanciesHandler,
  ) {}

  @Mutation(() => SavedSearchModel, {
    description:
      'Keeps a search: every vacancy published from now on that matches it raises one alert for you',
  })
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  @AuditSaveSearch()
  async saveSearch(@Args('input') input: SaveSearchInput, @CurrentIdentity() identity: Identity) {
    const filter = criteriaOf(input.filter, input.search);
    return SavedSearchModel.from(
      await this.saveSearchHandler.execute(new SaveSearchCommand(input.name, filter, identity)),
    );
  }

  @Mutation(() => SavedSearchModel, { description: 'Stops a saved search; its alerts go with it' })
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  @AuditDeleteSavedSearch()
  async deleteSavedSearch(@Args('id', { type: () => ID }) id: string, @CurrentIdentity() identity: Identity) {
    return SavedSearchModel.from(
      await this.deleteSavedSearchHandler.execute(new DeleteSavedSearchCommand(id, identity)),
    );
  }

  @Query(() => [SavedSearchModel], { description: 'Your saved searches, oldest first' })
  @Authorize(KEEP_SAVED_SEARCHES, { resource: 'record' })
  async mySavedSearches(@CurrentIdentity() identity: Identity) {
    return (await this.mySavedSearchesHandler.execute(new MySavedSearchesQuery(identity))).map(
      SavedSearchModel.from,
    );
  }

  @ResolveField(() => Int, {
    description: 'How many open vacancies you may see match it now: vacancies(filter, search) { totalCount }',
  })
  @Authorize(KEEP_SAVED_SEARCHES, ownSearch)
  matchingNow(@Parent() search: SavedSearchModel, @CurrentIdentity() identity: Identity) {
    return this.countMatchingHandler.execute(new CountMatchingQuery(search.savedFilter, identity));
  }

  @ResolveField(() => VacancyConnectionModel, {
    description: 'The open vacancies it finds now, as vacancies(filter, search) would list them',
  })
  @Authorize(KEEP_SAVED_SEARCHES, ownSearch)
  async vacancies(
    @Parent() search: SavedSearchModel,
    @Args() { first, after, orderBy }: PageOfVacanciesArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const query = new SearchVacanciesQuery(search.savedFilter, orderBy, first, after ?? undefined, identity);
    return VacancyConnectionModel.from(await this.searchVacanciesHandler.execute(query));
  }
}
