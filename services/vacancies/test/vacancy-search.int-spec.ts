// Search correctness against a brute-force oracle: 2,000 generated vacancies of every status, visibility and closing
// date loaded into the real PostgreSQL, then many filter combinations through the GraphQL query, paged to the end,
// compared with the same rules applied in plain TypeScript over the generated records (and, for words, PostgreSQL's
// own @@ over a document computed afresh from each row's title and description, not the indexed column).
import { Identity } from '@civil/auth';
import { VACANCIES_VACANCY_TOPIC } from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { testIdentity } from '@civil/testing';
import { Client } from 'pg';
// The workspace's data generator belongs to no project (tools/ is scripts, like the bench that uses it too); the test
// data must be the generator's, so this test, and only this one, reaches it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { loadVacancies } from '../../../tools/generate/load-vacancies';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { GeneratedVacancy, generateVacancies } from '../../../tools/generate/vacancies.generator';
import { createVacanciesApp } from '../src/app';

const TODAY = '2026-11-01';
const clock = { now: () => new Date(`${TODAY}T10:00:00Z`) };

const SEARCH = `query Search($filter: VacancyFilter, $search: String, $first: Int, $after: String, $orderBy: VacancyOrder) {
  vacancies(filter: $filter, search: $search, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id title departmentCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Filter {
  departmentCodes?: string[];
  professions?: string[];
  grades?: string[];
  kinds?: string[];
  locations?: string[];
  remoteOnly?: boolean;
  skillCodes?: string[];
  closingAfter?: string;
}

const generated: GeneratedVacancy[] = [
  ...generateVacancies({
    open: 1300,
    closed: 400,
    overdue: 100,
    drafts: 100,
    cancelled: 100,
    seed: 11,
    asOf: TODAY,
  }),
];
const byId = new Map(generated.map((vacancy) => [vacancy.id, vacancy]));
const overlaps = (a: string[], b: string[]) => a.some((value) => b.includes(value));

/** The rules, row by row: open, not past its closing date, visible to the caller, every criterion. */
function oracle(identity: Identity, filter: Filter, textMatches?: Set<string>): Set<string> {
  const seesAll =
    identity.crossGovernment &&
    identity.roles.some((role) => role === 'HR_ADMIN' || role === 'WORKFORCE_PLANNER');
  return new Set(
    generated
      .filter(
        (v) =>
          v.status === 'OPEN' &&
          v.closingDate >= TODAY &&
          (seesAll || v.visibility === 'ALL_DEPARTMENTS' || v.departmentCode === identity.departmentCode) &&
          (!filter.departmentCodes || filter.departmentCodes.includes(v.departmentCode)) &&
          (!filter.professions || filter.professions.includes(v.profession)) &&
          (!filter.grades || filter.grades.includes(v.grade)) &&
          (!filter.kinds || overlaps(filter.kinds, v.moveKinds)) &&
          (!filter.locations || overlaps(filter.locations, v.locations)) &&
          (!filter.remoteOnly || v.remotePossible) &&
          (!filter.skillCodes || overlaps(filter.skillCodes, v.skillCodes)) &&
          (!filter.closingAfter || v.closingDate > filter.closingAfter) &&
          (!textMatches || textMatches.has(v.id)),
      )
      .map((v) => v.id),
  );
}

const DWP_EMPLOYEE = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP' });
const HMRC_HIRING_MANAGER = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'HMRC' });
const CROSS_GOVERNMENT_HR = testIdentity({
  roles: ['HR_ADMIN'],
  departmentCode: 'CO',
  crossGovernment: true,
});
const NO_DEPARTMENT = testIdentity({ roles: ['EMPLOYEE'], departmentCode: undefined });

let vacancies: ServiceUnderTest;
let sql: Client;

/** Every page of a search, first to last, and the totalCount each page reported. */
async function everyPage(
  identity: Identity,
  variables: { filter?: Filter; search?: string; orderBy?: string },
  first = 37,
) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | undefined;
  for (let page = 0; page < 200; page++) {
    const response = await vacancies.call(identity, SEARCH, { ...variables, first, after });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const { edges, pageInfo, totalCount } = response.data!.vacancies as {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      totalCount: number;
    };
    ids.push(...edges.map((edge) => edge.node.id));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) return { ids, totals };
    after = pageInfo.endCursor!;
  }
  throw new Error('more than 200 pages');
}

/** PostgreSQL's own full-text match, on a document built afresh from the row (no index, no stored column). */
async function textMatches(words: string): Promise<Set<string>> {
  const { rows } = await sql.query(
    `SELECT id FROM vacancy
     WHERE (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B'))
       @@ websearch_to_tsquery('english', $1)`,
    [words],
  );
  return new Set(rows.map((row: { id: string }) => row.id));
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('vacancies(filter, search): search correctness against a brute-force filter (real PostgreSQL)', () => {
  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [VACANCIES_VACANCY_TOPIC],
      create: createVacanciesApp,
      clock,
    });
    await loadVacancies(vacancies.database.url, generated);
    sql = new Client({ connectionString: vacancies.database.url });
    await sql.connect();
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await vacancies?.close();
  });

  const CASES: [string, Filter][] = [
    ['no filter', {}],
    ['one department', { departmentCodes: ['DWP'] }],
    ['several departments', { departmentCodes: ['HMRC', 'MOJ', 'HO', 'DSIT'] }],
    [
      'a profession and grades',
      { professions: ['Digital, Data and Technology'], grades: ['HEO', 'SEO', 'G7'] },
    ],
    ['senior grades', { grades: ['G6', 'SCS1', 'SCS2'] }],
    ['loans or secondments in', { kinds: ['LOAN', 'SECONDMENT_IN'] }],
    ['short assignments', { kinds: ['SHORT_ASSIGNMENT'] }],
    ['locations', { locations: ['Leeds', 'Manchester', 'Glasgow'] }],
    ['remote only', { remoteOnly: true }],
    ['remote London', { remoteOnly: true, locations: ['London'] }],
    [
      'skills (any of them)',
      { skillCodes: ['DDAT.DATA_SCIENCE.DATA_MODELLING', 'DDAT.SOFTWARE_DEVELOPMENT.PROGRAMMING_AND_BUILD'] },
    ],
    ['closing after a date', { closingAfter: '2026-11-20' }],
    [
      'closing after, at a grade, promotions',
      { closingAfter: '2026-11-10', grades: ['EO'], kinds: ['PROMOTION'] },
    ],
    [
      'a department and a location',
      { departmentCodes: ['DWP', 'HMRC'], locations: ['Leeds', 'Newcastle', 'Bootle'] },
    ],
    ['nothing matches', { departmentCodes: ['DWP'], professions: ['Planning Inspectors'], grades: ['SCS4'] }],
  ];

  describe.each([
    ['a DWP employee', DWP_EMPLOYEE],
    ['an HMRC hiring manager', HMRC_HIRING_MANAGER],
    ['a cross-government HR admin', CROSS_GOVERNMENT_HR],
  ] as const)('as %s', (_who, identity) => {
    it.each(CASES)(
      'finds exactly what the rules allow: %s (every order, every page)',
      async (_case, filter) => {
        const expected = sorted(oracle(identity, filter));
        for (const orderBy of ['CLOSING_DATE', 'NEWEST', 'RELEVANCE']) {
          const { ids, totals } = await everyPage(identity, { filter, orderBy });
          expect(ids.length).toBe(new Set(ids).size); // no vacancy twice across pages
          expect(sorted(ids)).toEqual(expected);
          expect([...totals]).toEqual([expected.length]);
          const keys = ids.map((id) =>
            orderBy === 'CLOSING_DATE' ? byId.get(id)!.closingDate : byId.get(id)!.publishedAt!,
          );
          const inOrder = keys.every((key, index) =>
            index === 0 ? true : orderBy === 'CLOSING_DATE' ? keys[index - 1] <= key : keys[index - 1] >= key,
          );
          expect(inOrder).toBe(true);
        }
      },
    );
  });

  it('has test data that exercises the rules: overdue, closed, drafts and own-department vacancies exist', () => {
    expect(generated.filter((v) => v.status === 'OPEN' && v.closingDate < TODAY).length).toBe(100);
    expect(
      generated.filter((v) => v.status === 'OPEN' && v.visibility === 'OWN_DEPARTMENT').length,
    ).toBeGreaterThan(50);
    expect(oracle(DWP_EMPLOYEE, {}).size).toBeLessThan(oracle(CROSS_GOVERNMENT_HR, {}).size);
  });

  it.each([
    ['a word', 'analyst', {}],
    ['two words', 'data scientist', {}],
    ['a stemmed word', 'analysts', {}],
    ['a phrase', '"flood resilience"', {}],
    ['or', 'economist or statistician', {}],
    ['an excluded word', 'policy -London', {}],
    ['words and a filter', 'manager', { grades: ['SEO', 'G7'], locations: ['London'] }],
    ['a word in the description only', 'mentor', { remoteOnly: true }],
  ] as [string, string, Filter][])(
    'matches full text as PostgreSQL does, on every page: %s',
    async (_case, words, filter) => {
      const expected = sorted(oracle(DWP_EMPLOYEE, filter, await textMatches(words)));
      expect(expected.length).toBeGreaterThan(0);
      for (const orderBy of ['RELEVANCE', 'CLOSING_DATE']) {
        const { ids, totals } = await everyPage(DWP_EMPLOYEE, { filter, search: words, orderBy }, 13);
        expect(ids.length).toBe(new Set(ids).size);
        expect(sorted(ids)).toEqual(expected);
        expect([...totals]).toEqual([expected.length]);
      }
    },
  );

  it('ranks title matches above description-only matches', async () => {
    // Topic words are in every description and in about half the titles ("Policy adviser - pensions").
    const { ids } = await everyPage(DWP_EMPLOYEE, { search: 'pensions', orderBy: 'RELEVANCE' }, 100);
    const inTitle = ids.map((id) => /pensions/i.test(byId.get(id)!.title));
    expect(inTitle).toContain(true);
    expect(inTitle).toContain(false);
    expect(inTitle.lastIndexOf(true)).toBeLessThan(inTitle.indexOf(false));
  });

  it('hides OWN_DEPARTMENT vacancies from other departments and from callers without one', async () => {
    const own = generated.find(
      (v) =>
        v.status === 'OPEN' &&
        v.closingDate >= TODAY &&
        v.visibility === 'OWN_DEPARTMENT' &&
        v.departmentCode !== 'DWP',
    )!;
    const filter = { departmentCodes: [own.departmentCode] };
    expect((await everyPage(DWP_EMPLOYEE, { filter })).ids).not.toContain(own.id);
    expect((await everyPage(NO_DEPARTMENT, { filter })).ids).not.toContain(own.id);
    const colleague = testIdentity({ roles: ['EMPLOYEE'], departmentCode: own.departmentCode });
    expect((await everyPage(colleague, { filter })).ids).toContain(own.id);
  });

  it.each([
    ['first over 100', { first: 101 }],
    ['first under 1', { first: 0 }],
    ['a malformed cursor', { after: 'not-a-cursor' }],
    ['a search of blanks', { search: '   ' }],
    ['an unknown grade', { filter: { grades: ['G99'] } }],
    ['an unknown kind of move', { filter: { kinds: ['SECONDMENT_OUT'] } }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    const response = await vacancies.call(DWP_EMPLOYEE, SEARCH, variables);
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor from another order, which would skip or repeat vacancies', async () => {
    const page = await vacancies.call(DWP_EMPLOYEE, SEARCH, { first: 5, orderBy: 'NEWEST' });
    const after = page.data!.vacancies.pageInfo.endCursor;
    const response = await vacancies.call(DWP_EMPLOYEE, SEARCH, { first: 5, after, orderBy: 'CLOSING_DATE' });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('does not let a department system page a search made for people', async () => {
    const service = testIdentity({ roles: ['SERVICE'], departmentCode: 'DWP', personId: undefined });
    expect((await vacancies.call(service, SEARCH, {})).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
