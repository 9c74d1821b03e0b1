// people(filter, first, after) and the Department entity against a real PostgreSQL, through the running subgraph, each
// request signed for a caller as the gateway signs it. People are seeded with SQL: the search reads columns (consent,
// skills, tracks) that mutations elsewhere in issue 4 write, and this test must not depend on them.
import { ANONYMOUS, Identity, Role } from '@civil/auth';
import { uuidv7 } from '@civil/contracts';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import {
  createTestDatabase,
  GraphQLResponse,
  listenOnFreePort,
  TestDatabase,
  testIdentity,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createPeopleApp } from '../src/app';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

interface Seed {
  given: string;
  family: string;
  department: string;
  grade?: string;
  profession?: string;
  fte?: number;
  status?: 'ACTIVE' | 'ON_LOAN' | 'ON_SECONDMENT' | 'LEFT';
  track?: string;
  openToMove?: boolean;
  shares?: boolean;
  skills?: [string, string][];
}

const DDAT = 'Digital, Data and Technology';
const NAMED: Record<string, Seed> = {
  lovelace: {
    given: 'Ada',
    family: 'Lovelace',
    department: 'DWP',
    grade: 'G7',
    profession: DDAT,
    fte: 0.8,
    track: 'DDAT_DATA_SCIENCE',
    openToMove: true,
    skills: [
      ['PYTHON', 'EXPERT'],
      ['SQL', 'WORKING'],
    ],
  },
  turing: {
    given: 'Alan',
    family: 'Turing',
    department: 'DWP',
    grade: 'G6',
    profession: DDAT,
    skills: [['PYTHON', 'PRACTITIONER']],
  },
  hopper: {
    given: 'Grace',
    family: 'Hopper',
    department: 'HMRC',
    grade: 'G7',
    profession: DDAT,
    openToMove: true,
    shares: true,
    skills: [
      ['PYTHON', 'WORKING'],
      ['SQL', 'EXPERT'],
    ],
  },
  somerville: {
    given: 'Mary',
    family: 'Somerville',
    department: 'HMRC',
    grade: 'HEO',
    profession: 'Statistics',
  },
  johnson: {
    given: 'Katherine',
    family: 'Johnson',
    department: 'DSIT',
    grade: 'SEO',
    profession: 'Statistics',
    status: 'ON_LOAN',
    openToMove: true,
    shares: true,
  },
  smith: {
    given: 'Adam',
    family: 'Smith',
    department: 'DSIT',
    grade: 'EO',
    profession: 'Economics',
    fte: 0.5,
    status: 'ON_SECONDMENT',
  },
  nightingale: {
    given: 'Florence',
    family: 'Nightingale',
    department: 'DWP',
    grade: 'HEO',
    profession: 'Statistics',
    status: 'LEFT',
    shares: true,
  },
  babbage: {
    given: 'Charles',
    family: 'Babbage',
    department: 'HMRC',
    grade: 'G7',
    profession: DDAT,
    status: 'LEFT',
    shares: true,
  },
};
type Named = keyof typeof NAMED;
// Many people with the same names, so pages break inside runs of equal names and only the id orders them.
const BULK: Seed[] = Array.from({ length: 45 }, (_, n) => ({
  given: n % 2 ? 'Sam' : 'Sami',
  family: ['Nguyen', 'Patel', 'Ng'][n % 3],
  department: 'DWP',
}));

const ids: Record<string, string> = {};
let staff = 0;

async function seed(dataSource: DataSource, key: string, person: Seed): Promise<void> {
  const id = uuidv7();
  ids[key] = id;
  staff += 1;
  const status = person.status ?? 'ACTIVE';
  await dataSource.query(
    `INSERT INTO person (id, staff_number, given_name, family_name, work_email, department_code, grade, profession,
       fte, started_in_post_on, status, version, created_at, updated_at, specialist_track_code,
       specialist_track_joined_on, left_on, open_to_move, share_profile_across_departments)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '2024-04-01', $10, 1, now(), now(), $11, $12, $13, $14, $15)`,
    [
      id,
      `ST${String(staff).padStart(5, '0')}`,
      person.given,
      person.family,
      `person${staff}@example.gov.uk`,
      person.department,
      person.grade ?? 'EO',
      person.profession ?? 'Operational Delivery',
      person.fte ?? 1,
      status,
      person.track ?? null,
      person.track ? '2024-04-01' : null,
      status === 'LEFT' ? '2025-01-31' : null,
      person.openToMove ?? false,
      person.shares ?? false,
    ],
  );
  for (const [skillCode, level] of person.skills ?? [])
    await dataSource.query(
      `INSERT INTO person_skill (person_id, skill_code, level, evidence) VALUES ($1, $2, $3, 'Did it')`,
      [id, skillCode, level],
    );
}

const PEOPLE = `query People($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id familyName givenName departmentCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PEOPLE_WITH_COUNT = `query People($filter: PeopleFilter, $first: Int, $after: String) {
  people(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`;
const DEPARTMENTS = `query Departments($r: [_Any!]!, $grade: String) {
  _entities(representations: $r) {
    ... on Department { code headcount(grade: $grade) { people fte } }
  }
}`;
const DEPARTMENT_PEOPLE = `query DepartmentPeople($r: [_Any!]!, $filter: PeopleFilter) {
  _entities(representations: $r) {
    ... on Department { code people(filter: $filter, first: 100) { edges { node { id } } pageInfo { hasNextPage } } }
  }
}`;

const as = (role: Role, departmentCode: string, parts: Partial<Omit<Identity, 'roles'>> = {}) =>
  testIdentity({ roles: [role], departmentCode, personId: uuidv7(), ...parts });
const crossGovernmentPlanner = as('WORKFORCE_PLANNER', 'CO', { crossGovernment: true });

let keys: TestGatewayKeys;
let call: (
  identity: Identity,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse>;

/** Names found by one search (first page, up to 100), in the order given. */
async function found(filter: Record<string, unknown>, identity: Identity = crossGovernmentPlanner) {
  const response = await call(identity, PEOPLE, { filter, first: 100 });
  expect(response.errors).toBeUndefined();
  const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return response.data!.people.edges.map((edge: { node: { id: string } }) => names[edge.node.id]);
}

const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

describe('people search (real PostgreSQL)', () => {
  let database: TestDatabase;
  let transport: InProcessTransport;
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    keys = await TestGatewayKeys.create();
    database = await createTestDatabase('people_search');
    transport = new InProcessTransport();
    app = await createPeopleApp({
      gatewayKeys: keys.gatewayKeys,
      databaseUrl: database.url,
      transport,
      logger,
      consumerGroupId: `people-search-test-${uuidv7()}`,
    });
    call = keys.clientFor(`${await listenOnFreePort(app)}/graphql`, 'people');
    dataSource = app.get(DataSource);
    for (const [key, person] of Object.entries(NAMED)) await seed(dataSource, key, person);
    for (const [n, person] of BULK.entries()) await seed(dataSource, `bulk${n}`, person);
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await database?.drop();
  });

  describe('filters (a cross-government planner, who may find everyone)', () => {
    it.each<[string, Record<string, unknown>, Named[]]>([
      ['one department', { departmentCodes: ['HMRC'] }, ['hopper', 'somerville']],
      [
        'several departments',
        { departmentCodes: ['HMRC', 'DSIT'] },
        ['hopper', 'johnson', 'smith', 'somerville'],
      ],
      ['grades', { grades: ['G7', 'G6'] }, ['hopper', 'lovelace', 'turing']],
      ['profession', { profession: 'Statistics' }, ['johnson', 'somerville']],
      ['specialist track', { specialistTrackCode: 'DDAT_DATA_SCIENCE' }, ['lovelace']],
      [
        'a skill at a level or above',
        { skills: [{ skillCode: 'PYTHON', minimumLevel: 'PRACTITIONER' }] },
        ['lovelace', 'turing'],
      ],
      [
        'several skills, all of them',
        {
          skills: [
            { skillCode: 'PYTHON', minimumLevel: 'WORKING' },
            { skillCode: 'SQL', minimumLevel: 'EXPERT' },
          ],
        },
        ['hopper'],
      ],
      ['open to move', { openToMove: true }, ['hopper', 'johnson', 'lovelace']],
      ['name, contained, any case', { name: 'ADA' }, ['lovelace', 'smith']],
      ['name, every word', { name: 'love ada' }, ['lovelace']],
      ['name wildcards are letters', { name: '%%' }, []],
      ['statuses (LEFT only when asked)', { statuses: ['LEFT'] }, ['babbage', 'nightingale']],
      ['every criterion at once', { departmentCodes: ['DWP'], profession: DDAT, grades: ['G6'] }, ['turing']],
    ])('%s', async (_name, filter, expected) => {
      expect(await found(filter)).toEqual(expected);
    });
  });

  it('pages through everyone once, in name order, without gaps or duplicates, and counts them when asked', async () => {
    const expected: { id: string }[] = await dataSource.query(
      `SELECT id FROM person WHERE status <> 'LEFT' ORDER BY family_name, given_name, id`,
    );
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const response = await call(crossGovernmentPlanner, PEOPLE_WITH_COUNT, { first: 7, after });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = response.data!.people;
      expect(totalCount).toBe(expected.length);
      expect(edges.length).toBeLessThanOrEqual(7);
      seen.push(...edges.map((edge: { node: { id: string } }) => edge.node.id));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges[edges.length - 1].cursor);
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  describe('visibility', () => {
    const dwpPeople = () => ['lovelace', 'turing', ...BULK.map((_, n) => `bulk${n}`)];

    it('HR and planners of a department find its people and, elsewhere, only people who share their profile', async () => {
      for (const role of ['HR_ADMIN', 'WORKFORCE_PLANNER'] as const) {
        const caller = as(role, 'DWP');
        expect(new Set(await found({}, caller))).toEqual(new Set([...dwpPeople(), 'hopper', 'johnson']));
        expect(await found({ departmentCodes: ['HMRC'] }, caller)).toEqual(['hopper']);
        // Their own leavers on request, but not another department's, consent or not.
        expect(await found({ statuses: ['LEFT'] }, caller)).toEqual(['nightingale']);
      }
    });

    it('hiring managers find only people who share their profile, even in their own department', async () => {
      expect(await found({}, as('HIRING_MANAGER', 'HMRC'))).toEqual(['hopper', 'johnson']);
      expect(await found({ statuses: ['LEFT'] }, as('HIRING_MANAGER', 'HMRC'))).toEqual([]);
    });

    it('cross-government HR finds everyone', async () => {
      const everyone = await found({}, as('HR_ADMIN', 'CO', { crossGovernment: true }));
      expect(everyone).toHaveLength(Object.keys(ids).length - 2);
    });

    it('counts only what the caller may see', async () => {
      const response = await call(as('HIRING_MANAGER', 'HMRC'), PEOPLE_WITH_COUNT, { first: 1 });
      expect(response.data!.people.totalCount).toBe(2);
      expect(response.data!.people.pageInfo.hasNextPage).toBe(true);
    });

    it.each<[string, Identity, string]>([
      ['an employee', as('EMPLOYEE', 'DWP'), 'FORBIDDEN'],
      ['a department system', as('SERVICE', 'DWP', { personId: undefined }), 'FORBIDDEN'],
      ['nobody', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('is refused to %s', async (_name, caller, code) => {
      expect(errorCode(await call(caller, PEOPLE, {}))).toBe(code);
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['first below 1', { first: 0 }],
    ['first above 100', { first: 101 }],
    ['a cursor it never gave out', { after: 'bm90IGEgY3Vyc29y' }],
    ['an unknown grade', { filter: { grades: ['G99'] } }],
    ['an unknown skill level', { filter: { skills: [{ skillCode: 'SQL', minimumLevel: 'GURU' }] } }],
  ])('refuses %s as BAD_USER_INPUT', async (_name, variables) => {
    const response = await call(crossGovernmentPlanner, PEOPLE, variables);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data?.people ?? null).toBeNull();
  });

  describe('Department', () => {
    const refs = (...codes: string[]) => codes.map((code) => ({ __typename: 'Department', code }));

    it('counts people on the books (ACTIVE, ON_LOAN, ON_SECONDMENT, not LEFT) and their FTE, for many at once', async () => {
      const response = await call(crossGovernmentPlanner, DEPARTMENTS, {
        r: refs('DWP', 'HMRC', 'DSIT', 'NONE'),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!._entities).toEqual([
        { code: 'DWP', headcount: { people: 47, fte: 46.8 } },
        { code: 'HMRC', headcount: { people: 2, fte: 2 } },
        { code: 'DSIT', headcount: { people: 2, fte: 1.5 } },
        { code: 'NONE', headcount: { people: 0, fte: 0 } },
      ]);
      const g7 = await call(crossGovernmentPlanner, DEPARTMENTS, { r: refs('DWP', 'HMRC'), grade: 'G7' });
      expect(g7.data!._entities.map((d: { headcount: unknown }) => d.headcount)).toEqual([
        { people: 1, fte: 0.8 },
        { people: 1, fte: 1 },
      ]);
    });

    it("shows a department's headcount to its own HR, planners and systems only", async () => {
      const response = await call(as('HR_ADMIN', 'DWP'), DEPARTMENTS, { r: refs('DWP', 'HMRC') });
      expect(response.data!._entities[0]).toEqual({ code: 'DWP', headcount: { people: 47, fte: 46.8 } });
      expect(response.data!._entities[1]).toBeNull();
      expect(response.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['_entities', 1, 'headcount'], 'FORBIDDEN'],
      ]);
    });

    it("lists a department's people under the search's rules", async () => {
      const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
      const response = await call(as('HR_ADMIN', 'DWP'), DEPARTMENT_PEOPLE, {
        r: refs('HMRC', 'DWP'),
        filter: { grades: ['G7', 'G6'] },
      });
      expect(response.errors).toBeUndefined();
      expect(
        response.data!._entities.map((d: { people: { edges: { node: { id: string } }[] } }) =>
          d.people.edges.map((edge) => names[edge.node.id]),
        ),
      ).toEqual([['hopper'], ['lovelace', 'turing']]);
      const elsewhere = await call(as('HIRING_MANAGER', 'HMRC'), DEPARTMENT_PEOPLE, { r: refs('DWP') });
      expect(elsewhere.data!._entities[0].people.edges).toEqual([]);
    });
  });
});
