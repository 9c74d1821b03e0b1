// Capacity through the moves subgraph, on real PostgreSQL and Kafka: the EstablishmentChanged projection (duplicates,
// late events), Department.capacity against the definition, drill-down page by page, the forecast month by month, the
// overview's order and scope, and the errors. Whether each role may call them: infra/graphql/authorization.int-spec.ts.
// The departments are made up (CAPW ... CAPZ): other test files publish events for real ones on the shared topics.
import {
  EstablishmentChangedV1,
  IntegrationEvent,
  uuidv7,
  VACANCIES_ESTABLISHMENT_TOPIC,
  VACANCIES_SOURCE,
} from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createMovesApp } from '../src/app';
import { capacityAt } from '../src/capacity/domain/capacity.rules';
import { factsAt, loadWorld, World, WorldMove, WorldPerson } from './support/capacity-world';

const TODAY = '2026-11-24';
const clock = { now: () => new Date(`${TODAY}T09:00:00Z`) };
const PLANNER = testIdentity({ roles: ['WORKFORCE_PLANNER'], crossGovernment: true, departmentCode: 'CO' });

const FIGURES = `departmentCode profession grade asOf location establishment substantive away hereOnLoanOrSecondment
  inPost incoming outgoing openPosts gap specialistsInsideMinimumTerm specialistsPastMinimumTerm`;
const CAPACITY = `query($r: [_Any!]!, $asOf: String, $location: String) { _entities(representations: $r) {
  ... on Department { code capacity(asOf: $asOf, location: $location) { ${FIGURES} } }
} }`;
const BEHIND = `query($r: [_Any!]!, $asOf: String, $figure: CapacityFigure!, $first: Int!, $after: String) {
  _entities(representations: $r) { ... on Department { capacity(asOf: $asOf) { profession grade
    behind(figure: $figure, first: $first, after: $after) {
      edges { cursor node { fte person { id } vacancy { id } move { id kind status startsOn } } }
      pageInfo { hasNextPage endCursor }
    }
  } } }
}`;
const OVERVIEW = `query($filter: CapacityOverviewFilter, $first: Int, $asOf: String) {
  capacityOverview(filter: $filter, first: $first, asOf: $asOf, orderBy: GAP) {
    departmentCode department { code } asOf establishment inPost gap openPosts lines { grade inPost gap }
  }
}`;
const FORECAST = `query($department: String!, $months: Int) {
  capacityForecast(department: $department, months: $months) {
    month startsOn endsBefore establishment substantive away inPost incoming outgoing gap
    specialistsInsideMinimumTerm specialistsPastMinimumTerm
    lines { grade inPost behind(figure: AWAY, first: 5) { edges { node { person { id } } } } }
    starting { id kind } ending { id kind }
  }
}`;

const department = (code: string) => [{ __typename: 'Department', code }];
const person = (id: string, parts: Partial<WorldPerson> = {}): WorldPerson => ({
  personId: id,
  departmentCode: 'CAPX',
  profession: 'Policy',
  grade: 'SEO',
  location: 'Leeds',
  fte: '1.00',
  status: 'ACTIVE',
  trackCode: null,
  minimumTermEndsOn: null,
  ...parts,
});
const move = (id: string, personId: string, parts: Partial<WorldMove>): WorldMove => ({
  id,
  personId,
  kind: 'LOAN',
  home: 'CAPX',
  host: 'CAPY',
  grade: 'SEO',
  startsOn: '2026-06-01',
  endsOn: '2027-02-15',
  status: 'STARTED',
  vacancyId: null,
  postRequested: false,
  ...parts,
});
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

// CAPX: a, b (a specialist inside their term until June), c on loan to CAPY until 15 February, d transferring to CAPY
// on 10 January, e left; one of two half-time posts of an open vacancy held by an agreed move. CAPZ and CAPW: funded
// posts, nobody in them (equal gaps). CAPY: f, at G7.
const [A, B, C, D, E, F, G] = [1, 2, 3, 4, 5, 6, 7].map(id);
const [LOAN, TRANSFER, HELD] = [101, 102, 103].map(id);
const VACANCY = id(201);
const WORLD: World = {
  people: [
    person(A),
    person(B, {
      fte: '0.60',
      trackCode: 'DDAT.DATA_SCIENCE',
      minimumTermEndsOn: '2027-06-01',
      location: 'London',
    }),
    person(C, { status: 'ON_LOAN' }),
    person(D),
    person(E, { status: 'LEFT' }),
    person(F, { departmentCode: 'CAPY', grade: 'G7' }),
    person(G, { departmentCode: 'CAPY', grade: 'G7' }),
  ],
  moves: [
    move(LOAN, C, {}),
    move(TRANSFER, D, { kind: 'LEVEL_TRANSFER', startsOn: '2027-01-10', endsOn: null, status: 'SCHEDULED' }),
    move(HELD, G, {
      kind: 'LEVEL_TRANSFER',
      home: 'CAPY',
      host: 'CAPX',
      startsOn: '2027-05-04',
      endsOn: null,
      status: 'SCHEDULED',
      vacancyId: VACANCY,
      postRequested: true,
    }),
  ],
  establishment: [
    {
      departmentCode: 'CAPX',
      profession: 'Policy',
      grade: 'SEO',
      effectiveFrom: '2026-04-01',
      fte: 5,
      version: 1,
    },
    {
      departmentCode: 'CAPX',
      profession: 'Policy',
      grade: 'SEO',
      effectiveFrom: '2027-04-01',
      fte: 6,
      version: 2,
    },
    {
      departmentCode: 'CAPY',
      profession: 'Policy',
      grade: 'SEO',
      effectiveFrom: '2026-04-01',
      fte: 1,
      version: 1,
    },
    {
      departmentCode: 'CAPZ',
      profession: 'Policy',
      grade: 'SEO',
      effectiveFrom: '2026-04-01',
      fte: 3,
      version: 1,
    },
    {
      departmentCode: 'CAPW',
      profession: 'Policy',
      grade: 'EO',
      effectiveFrom: '2026-04-01',
      fte: 3,
      version: 1,
    },
  ],
  vacancies: [
    {
      vacancyId: VACANCY,
      departmentCode: 'CAPX',
      profession: 'Policy',
      grade: 'SEO',
      posts: 2,
      ftePerPost: 0.5,
      status: 'OPEN',
    },
  ],
};
const OURS = ['CAPW', 'CAPX', 'CAPY', 'CAPZ'];

function establishmentChanged(version: number, effectiveFrom: string, fte: number) {
  const data: EstablishmentChangedV1 = {
    departmentCode: 'CAPP',
    profession: 'Policy',
    grade: 'SEO',
    fte,
    effectiveFrom,
  };
  const event: IntegrationEvent<EstablishmentChangedV1> = {
    specversion: '1.0',
    id: uuidv7(),
    source: VACANCIES_SOURCE,
    type: 'EstablishmentChanged',
    subject: 'CAPP/Policy/SEO',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: version,
    traceid: 'capacity-test',
    data,
  };
  return { key: event.subject, value: JSON.stringify(event) };
}

describe('capacity (moves subgraph, real PostgreSQL and Kafka)', () => {
  let moves: ServiceUnderTest;
  let db: DataSource;
  const call = (query: string, variables: Record<string, unknown> = {}, identity = PLANNER) =>
    moves.call(identity, query, variables);

  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [VACANCIES_ESTABLISHMENT_TOPIC],
      create: createMovesApp,
      clock,
    });
    db = moves.app.get(DataSource);
  });

  afterAll(async () => {
    await moves?.close();
  });

  it('keeps each date of a line at its newest version: a duplicate or a late older event changes nothing', async () => {
    await moves.transport.publish(VACANCIES_ESTABLISHMENT_TOPIC, [
      establishmentChanged(2, '2026-04-01', 12),
      establishmentChanged(1, '2026-04-01', 10), // late
      establishmentChanged(2, '2026-04-01', 12), // delivered again
      establishmentChanged(3, '2027-04-01', 0), // ends the line
    ]);
    const rows = () =>
      db.query(
        `SELECT to_char(effective_from, 'YYYY-MM-DD') AS "from", fte_hundredths AS fte, version
         FROM establishment_read_model WHERE department_code = 'CAPP' ORDER BY effective_from`,
      );
    await expectEventually(async () =>
      expect(await rows()).toEqual([
        { from: '2026-04-01', fte: 1200, version: 2 },
        { from: '2027-04-01', fte: 0, version: 3 },
      ]),
    );
    const today = await call(CAPACITY, { r: department('CAPP') });
    expect(today.data!._entities[0].capacity).toEqual([
      expect.objectContaining({ grade: 'SEO', establishment: 12, inPost: 0, gap: 12 }),
    ]);
    const ended = await call(CAPACITY, { r: department('CAPP'), asOf: '2027-04-01' });
    expect(ended.data!._entities[0].capacity).toEqual([]);
  });

  describe('on a small civil service', () => {
    beforeAll(async () => {
      await loadWorld(db, WORLD);
    });

    it('reads every line as the definition computes it, at today and at later dates', async () => {
      for (const asOf of [TODAY, '2027-01-10', '2027-02-15', '2027-06-01']) {
        const expected = capacityAt(asOf, TODAY, factsAt(WORLD, asOf))
          .filter((line) => OURS.includes(line.departmentCode))
          .map(({ behind: _behind, ...figures }) => ({ ...figures, asOf, location: null }));
        const response = await call(CAPACITY, { r: OURS.map((code) => department(code)[0]), asOf });
        const lines = response.data!._entities.flatMap((entity: { capacity: unknown[] }) => entity.capacity);
        expect(lines).toHaveLength(expected.length);
        expect(lines).toEqual(expect.arrayContaining(expected));
      }
    });

    it('shows the figures a planner expects: away on loan, here on loan, a transfer out and in, open posts', async () => {
      const today = await call(CAPACITY, { r: department('CAPX') });
      expect(today.data!._entities[0].capacity).toEqual([
        expect.objectContaining({
          grade: 'SEO',
          establishment: 5,
          substantive: 3.6,
          away: 1,
          inPost: 2.6,
          gap: 2.4,
          openPosts: 0.5,
          specialistsInsideMinimumTerm: 1,
        }),
      ]);
      const january = await call(CAPACITY, { r: department('CAPY'), asOf: '2027-01-10' });
      expect(january.data!._entities[0].capacity).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            grade: 'SEO',
            substantive: 1,
            hereOnLoanOrSecondment: 1,
            inPost: 2,
            incoming: 1,
          }),
        ]),
      );
    });

    it('counts one location’s people and their moves, without funded or open posts', async () => {
      const leeds = await call(CAPACITY, { r: department('CAPX'), location: 'Leeds' });
      expect(leeds.data!._entities[0].capacity).toEqual([
        expect.objectContaining({
          location: 'Leeds',
          substantive: 3,
          away: 1,
          inPost: 2,
          establishment: null,
          openPosts: null,
          gap: null,
          specialistsInsideMinimumTerm: 0,
        }),
      ]);
    });

    it('lists behind each figure the people, moves and vacancies it counts, a page at a time', async () => {
      const page = async (figure: string, asOf: string, after?: string, code = 'CAPX') => {
        const response = await call(BEHIND, { r: department(code), asOf, figure, first: 2, after });
        expect(response.errors).toBeUndefined();
        return response.data!._entities[0].capacity.find((line: { grade: string }) => line.grade === 'SEO')
          .behind;
      };
      const first = await page('SUBSTANTIVE', TODAY);
      const second = await page('SUBSTANTIVE', TODAY, first.pageInfo.endCursor);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const people = [...first.edges, ...second.edges].map(
        (edge: { node: { person: { id: string } } }) => edge.node,
      );
      expect(people.map((node: { person: { id: string } }) => node.person.id)).toEqual([A, B, C, D]);

      const away = await page('AWAY', TODAY);
      expect(away.edges).toEqual([
        {
          cursor: expect.any(String),
          node: expect.objectContaining({
            fte: 1,
            person: { id: C },
            move: expect.objectContaining({ id: LOAN, kind: 'LOAN' }),
          }),
        },
      ]);
      const incoming = await page('INCOMING', '2027-01-10', undefined, 'CAPY');
      expect(incoming.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        expect.objectContaining({
          person: { id: D },
          move: { id: TRANSFER, kind: 'LEVEL_TRANSFER', status: 'SCHEDULED', startsOn: '2027-01-10' },
        }),
      ]);
      const open = await page('OPEN_POSTS', TODAY);
      expect(open.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        expect.objectContaining({ fte: 0.5, vacancy: { id: VACANCY }, person: null, move: null }),
      ]);
    });

    it('forecasts month by month: the figures at each start, and the moves starting and ending in the month', async () => {
      const response = await call(FORECAST, { department: 'CAPX', months: 4 });
      expect(response.errors).toBeUndefined();
      const months = response.data!.capacityForecast;
      expect(
        months.map((month: { month: string; startsOn: string }) => [month.month, month.startsOn]),
      ).toEqual([
        ['2026-11', TODAY],
        ['2026-12', '2026-12-01'],
        ['2027-01', '2027-01-01'],
        ['2027-02', '2027-02-01'],
      ]);
      expect(months[2]).toMatchObject({
        starting: [{ id: TRANSFER, kind: 'LEVEL_TRANSFER' }],
        ending: [],
        substantive: 3.6,
        inPost: 2.6,
      });
      expect(months[3]).toMatchObject({
        starting: [],
        ending: [{ id: LOAN, kind: 'LOAN' }],
        substantive: 2.6,
        away: 1,
        inPost: 1.6,
        outgoing: 1,
      });
      expect(months[3].lines[0].behind.edges).toEqual([{ node: { person: { id: C } } }]);
      const twelve = await call(FORECAST, { department: 'CAPX' });
      expect(twelve.data!.capacityForecast).toHaveLength(12);
      expect(twelve.data!.capacityForecast[7]).toMatchObject({ month: '2027-06', establishment: 6 });
    });

    it('ranks departments by gap, largest first, equal gaps by code, and pages with first', async () => {
      const response = await call(OVERVIEW, { filter: { departments: OURS } });
      expect(response.errors).toBeUndefined();
      expect(
        response.data!.capacityOverview.map((row: { departmentCode: string; gap: number }) => [
          row.departmentCode,
          row.gap,
        ]),
      ).toEqual([
        ['CAPW', 3],
        ['CAPZ', 3],
        ['CAPX', 2.4],
        ['CAPY', -2],
      ]);
      expect(response.data!.capacityOverview[2]).toMatchObject({
        department: { code: 'CAPX' },
        asOf: TODAY,
        openPosts: 0.5,
        lines: [{ grade: 'SEO', inPost: 2.6, gap: 2.4 }],
      });
      const top = await call(OVERVIEW, { filter: { departments: OURS, grades: ['SEO'] }, first: 2 });
      expect(top.data!.capacityOverview.map((row: { departmentCode: string }) => row.departmentCode)).toEqual(
        ['CAPZ', 'CAPX'],
      );
    });

    it("shows a department's planner their own department only, whatever the filter asks", async () => {
      const own = testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'CAPX' });
      const response = await call(OVERVIEW, { filter: { departments: OURS } }, own);
      expect(
        response.data!.capacityOverview.map((row: { departmentCode: string }) => row.departmentCode),
      ).toEqual(['CAPX']);
      const unfiltered = await call(OVERVIEW, {}, own);
      expect(
        unfiltered.data!.capacityOverview.map((row: { departmentCode: string }) => row.departmentCode),
      ).toEqual(['CAPX']);
    });

    it('has nothing for a department it knows nothing of', async () => {
      const lines = await call(CAPACITY, { r: department('CAPNONE') });
      expect(lines.data!._entities[0].capacity).toEqual([]);
      const forecast = await call(FORECAST, { department: 'CAPNONE', months: 1 });
      expect(forecast.data!.capacityForecast).toEqual([
        expect.objectContaining({ establishment: 0, inPost: 0, lines: [], starting: [], ending: [] }),
      ]);
    });
  });

  it.each([
    [
      'a date in the past',
      CAPACITY,
      { r: department('CAPX'), asOf: '2026-11-23' },
      'CAPACITY.AS_OF_IN_THE_PAST',
    ],
    [
      'a date that does not exist',
      CAPACITY,
      { r: department('CAPX'), asOf: '2027-02-30' },
      'CAPACITY.INVALID_DATE',
    ],
    ['an overview in the past', OVERVIEW, { asOf: '2025-01-01' }, 'CAPACITY.AS_OF_IN_THE_PAST'],
    ['no months', FORECAST, { department: 'CAPX', months: 0 }, 'CAPACITY.MONTHS_OUT_OF_RANGE'],
    ['more than a year', FORECAST, { department: 'CAPX', months: 13 }, 'CAPACITY.MONTHS_OUT_OF_RANGE'],
  ])('refuses %s as BAD_USER_INPUT', async (_case, query, variables, reason) => {
    const response = await call(query, variables);
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason }) }),
    ]);
  });

  it('refuses a cursor it did not give', async () => {
    const response = await call(BEHIND, {
      r: department('CAPX'),
      figure: 'SUBSTANTIVE',
      first: 2,
      after: Buffer.from('DROP TABLE').toString('base64url'),
    });
    expect(response.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }),
      }),
    ]);
  });
});
