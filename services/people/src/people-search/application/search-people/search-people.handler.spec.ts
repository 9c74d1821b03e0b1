import { ANONYMOUS, Identity, PeopleSearchScope } from '@civil/auth';
import { ForbiddenError, UnauthenticatedError } from '@civil/platform';
import { Person } from '../../../person/domain/person.aggregate';
import { InMemoryPersonRepository } from '../../../person/testing/in-memory-people';
import { PeopleSearchCriteria, PeopleSearchPosition } from '../people-search.criteria';
import { InvalidPageSize, InvalidPeopleSearchCursor } from '../people-search.errors';
import { Headcount, PeopleSearchStore } from '../people-search.store';
import { SearchDepartmentPeopleHandler } from '../search-department-people/search-department-people.handler';
import { SearchDepartmentPeopleQuery } from '../search-department-people/search-department-people.query';
import { SearchPeopleHandler } from './search-people.handler';
import { SearchPeopleQuery } from './search-people.query';

const id = (n: number) => `0190f6a2-1111-7000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, familyName: string) =>
  Person.register(
    id(n),
    {
      staffNumber: `DWP${String(n).padStart(4, '0')}`,
      givenName: 'Ann',
      familyName,
      workEmail: `p${n}@dwp.gov.uk`,
      departmentCode: 'DWP',
      grade: 'EO',
      profession: 'Legal',
      fte: 1,
      startedInPostOn: '2020-01-01',
    },
    new Date(),
  );

/** Positions in order, as the SQL would give them; remembers the scope it was asked for. */
class FakeStore extends PeopleSearchStore {
  scopes: PeopleSearchScope[] = [];
  constructor(private readonly positions: PeopleSearchPosition[]) {
    super();
  }
  async page(
    _c: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ) {
    this.scopes.push(scope);
    const start = after ? this.positions.findIndex((p) => p.id === after.id) + 1 : 0;
    return this.positions.slice(start, start + limit);
  }
  async pagesByDepartment(
    codes: string[],
    criteria: PeopleSearchCriteria,
    scope: PeopleSearchScope,
    limit: number,
    after?: PeopleSearchPosition,
  ) {
    const pages = new Map<string, PeopleSearchPosition[]>();
    for (const code of codes) pages.set(code, await this.page(criteria, scope, limit, after));
    return pages;
  }
  async count() {
    return this.positions.length;
  }
  async headcounts(): Promise<Map<string, Headcount>> {
    return new Map();
  }
}

const planner: Identity = {
  subject: 'wp',
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'DWP',
  crossGovernment: false,
};

describe('SearchPeopleHandler', () => {
  const names = ['Adams', 'Baker', 'Clark', 'Davis', 'Evans'];
  let handler: SearchPeopleHandler;
  let store: FakeStore;
  let people: InMemoryPersonRepository;

  beforeEach(async () => {
    people = new InMemoryPersonRepository();
    for (const [n, name] of names.entries()) await people.add(person(n + 1, name));
    store = new FakeStore(names.map((familyName, n) => ({ familyName, givenName: 'Ann', id: id(n + 1) })));
    handler = new SearchPeopleHandler(store, people);
  });

  it('pages through every result once, in order, with a cursor per edge and the count on demand', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await handler.execute(new SearchPeopleQuery({}, 2, after, planner));
      seen.push(...page.edges.map((edge) => edge.node.familyName));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
      if (!page.pageInfo.hasNextPage) {
        expect(await page.totalCount()).toBe(5);
        break;
      }
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(names);
    expect(store.scopes[0]).toEqual({ kind: 'limited', departmentCode: 'DWP', shared: true });
  });

  it('refuses page sizes outside 1 to 100 and cursors it never gave out', async () => {
    await expect(handler.execute(new SearchPeopleQuery({}, 0, undefined, planner))).rejects.toThrow(
      InvalidPageSize,
    );
    await expect(handler.execute(new SearchPeopleQuery({}, 101, undefined, planner))).rejects.toThrow(
      InvalidPageSize,
    );
    await expect(handler.execute(new SearchPeopleQuery({}, 10, 'forged', planner))).rejects.toThrow(
      InvalidPeopleSearchCursor,
    );
  });

  it('is not a search for employees, and needs a caller', async () => {
    const employee: Identity = { subject: 'e', roles: ['EMPLOYEE'], personId: id(1), crossGovernment: false };
    await expect(handler.execute(new SearchPeopleQuery({}, 10, undefined, employee))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(handler.execute(new SearchPeopleQuery({}, 10, undefined, ANONYMOUS))).rejects.toThrow(
      UnauthenticatedError,
    );
    expect(store.scopes).toEqual([]);
  });

  it('pages several departments in one store call, and finds nobody in a department the filter leaves out', async () => {
    const pages = await new SearchDepartmentPeopleHandler(store, people).execute(
      new SearchDepartmentPeopleQuery(['DWP', 'HMRC'], { departmentCodes: ['DWP'] }, 2, undefined, planner),
    );
    expect(pages.get('DWP')!.edges.map((edge) => edge.node.familyName)).toEqual(['Adams', 'Baker']);
    expect(pages.get('DWP')!.pageInfo.hasNextPage).toBe(true);
    expect(pages.get('HMRC')!.edges).toEqual([]);
    expect(await pages.get('HMRC')!.totalCount()).toBe(0);
    expect(store.scopes).toHaveLength(1);
  });
});
