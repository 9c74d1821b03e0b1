import { Authorize, Identity, READ_DEPARTMENT, READ_DEPARTMENT_HEADCOUNT, SEARCH_PEOPLE } from '@civil/auth';
import { BatchLoader, GraphQLContext, loaderFor } from '@civil/platform';
import { Args, Context, Parent, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import {
  DepartmentHeadcountsHandler,
  ReadableHeadcount,
} from '../application/department-headcount/department-headcounts.handler';
import { DepartmentHeadcountsQuery } from '../application/department-headcount/department-headcounts.query';
import { PeopleSearchPage } from '../application/people-search.pages';
import { SearchDepartmentPeopleHandler } from '../application/search-department-people/search-department-people.handler';
import { SearchDepartmentPeopleQuery } from '../application/search-department-people/search-department-people.query';
import { PeopleSearchCriteria } from '../application/people-search.criteria';
import { DepartmentModel, HeadcountModel } from './department.model';
import { HeadcountArgs } from './headcount.args';
import { criteriaOf, PeopleArgs } from './people.args';
import { PersonConnectionModel } from './person-connection.model';

/** What people adds to the Department entity vacancies owns. */
@Resolver(() => DepartmentModel)
export class DepartmentResolver {
  constructor(
    private readonly headcounts: DepartmentHeadcountsHandler,
    private readonly departmentPeople: SearchDepartmentPeopleHandler,
  ) {}

  @ResolveReference()
  @Authorize(READ_DEPARTMENT)
  resolveReference(@Parent() reference: { code: string }) {
    return DepartmentModel.of(reference.code);
  }

  /** Batched: a list of departments (vacancies by department, say) costs one GROUP BY, not one query each. */
  @ResolveField(() => HeadcountModel)
  @Authorize(READ_DEPARTMENT_HEADCOUNT, {
    resource: (_args: HeadcountArgs, department: DepartmentModel) => ({ departmentCode: department.code }),
  })
  async headcount(
    @Parent() department: DepartmentModel,
    @Args() { profession, grade }: HeadcountArgs,
    @Context() context: GraphQLContext,
  ) {
    const filter = { ...(profession != null && { profession }), ...(grade != null && { grade }) };
    const loader = loaderFor(context, `headcount:${JSON.stringify(filter)}`, () =>
      this.headcountLoader(filter, context.identity),
    );
    const headcount = await loader.load(department.code);
    if (headcount instanceof Error) throw headcount;
    return Object.assign(new HeadcountModel(), headcount);
  }

  /**
   * The department's people, under the same rules as `people(filter)`. Batched like headcount: the departments of one
   * `_entities` call asking for the same page get their pages from one statement.
   */
  @ResolveField(() => PersonConnectionModel)
  @Authorize(SEARCH_PEOPLE, { resource: 'record' })
  async people(
    @Parent() department: DepartmentModel,
    @Args() { filter, first, after }: PeopleArgs,
    @Context() context: GraphQLContext,
  ) {
    const key = `department-people:${JSON.stringify([filter, first, after])}`;
    const loader = loaderFor(context, key, () =>
      this.peopleLoader(criteriaOf(filter), first, after ?? undefined, context.identity),
    );
    return PersonConnectionModel.from(await loader.load(department.code));
  }

  private peopleLoader(
    criteria: PeopleSearchCriteria,
    first: number,
    after: string | undefined,
    identity: Identity,
  ) {
    return new BatchLoader<string, PeopleSearchPage>(
      (codes) =>
        this.departmentPeople.execute(
          new SearchDepartmentPeopleQuery(codes, criteria, first, after, identity),
        ),
      { edges: [], pageInfo: { hasNextPage: false }, totalCount: async () => 0 },
    );
  }

  private headcountLoader(filter: { profession?: string; grade?: string }, identity: Identity) {
    return new BatchLoader<string, ReadableHeadcount>(
      (codes) => this.headcounts.execute(new DepartmentHeadcountsQuery(codes, filter, identity)),
      { people: 0, fte: 0 },
    );
  }
}
