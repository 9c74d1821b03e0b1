import { Authorize, Identity, SEARCH_VACANCIES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo, Kind, SelectionNode } from 'graphql';
import { SearchVacanciesHandler } from '../application/search-vacancies/search-vacancies.handler';
import { SearchVacanciesQuery } from '../application/search-vacancies/search-vacancies.query';
import { criteriaOf, VacanciesArgs } from './vacancies.args';
import { VacancyConnectionModel } from './vacancy-connection.model';

/**
 * Browsing open vacancies (SEARCH_VACANCIES: the scope is part of the SQL, so what a caller may not see is never
 * counted or paged). Not audited: browsing reads advertisements, not anybody's personal data.
 */
@Resolver(() => VacancyConnectionModel)
export class VacancySearchResolver {
  constructor(private readonly search: SearchVacanciesHandler) {}

  @Query(() => VacancyConnectionModel, {
    description:
      'Open vacancies the caller may see whose closing date has not passed, matching every criterion and the search ' +
      'words, in the order asked for',
  })
  @Authorize(SEARCH_VACANCIES, { resource: 'record' })
  async vacancies(
    @Args() { filter, search, first, after, orderBy }: VacanciesArgs,
    @CurrentIdentity() identity: Identity,
    @Info() info: GraphQLResolveInfo,
  ) {
    const criteria = criteriaOf(filter, search);
    const query = new SearchVacanciesQuery(
      criteria,
      orderBy,
      first,
      after ?? undefined,
      identity,
      asksFor(info, 'totalCount'),
    );
    return VacancyConnectionModel.from(await this.search.execute(query));
  }

  @ResolveField(() => Int, {
    description: 'Every vacancy the search finds, on every page (counted only when asked)',
  })
  @Authorize(SEARCH_VACANCIES, { resource: 'record' })
  totalCount(@Parent() connection: VacancyConnectionModel) {
    return connection.countTotal();
  }
}

/** Whether the query selects `field` on the connection (directly, or in an inline fragment or named fragment). */
function asksFor(info: GraphQLResolveInfo, field: string): boolean {
  const selects = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === field
        : selection.kind === Kind.INLINE_FRAGMENT
          ? selects(selection.selectionSet.selections)
          : selects(info.fragments[selection.name.value]?.selectionSet.selections ?? []),
    );
  return info.fieldNodes.some((node) => selects(node.selectionSet?.selections ?? []));
}
