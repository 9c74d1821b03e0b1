import { MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createMovesApp } from '../src/app';

// Reallocation plans through the moves subgraph on its real database: made from the read models (people, vacancies,
// funded posts), explained, evaluated without writing (whatIf), approved into proposals in the normal workflow.
// Each test plans within a profession of its own, so that no test sees another's people or posts.
const clock = { current: new Date('2026-11-24T09:00:00Z'), now: () => new Date(clock.current) };
const TARGET = '2027-01-04';
let moves: ServiceUnderTest;
let db: Client;

const crossGovernmentPlanner = testIdentity({
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'CO',
  crossGovernment: true,
  personId: uuidv7(),
});
const dwpPlanner = testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP', personId: uuidv7() });
const hmrcPlanner = testIdentity({
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'HMRC',
  personId: uuidv7(),
});
const dwpHrAdmin = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'DWP', personId: uuidv7() });

const PLAN_FIELDS = `id status version targetDate totalScore moveCount planningDepartmentCode
  scope { departments professions grades }
  constraints { maxReleaseShare onlyOpenToMove allowInsideMinimumTerm noPromotions }
  statistics { candidates opportunities edges }
  moves { personId person { id } homeDepartmentCode hostDepartmentCode profession grade fte kind startsOn vacancyId
          vacancy { id } gap score explanation { gradeFit moveKind eligibleFrom skillsMet { skillCode } }
          outcome moveId skipReason }
  capacity { departmentCode movesIn movesOut lines { profession grade movesIn movesOut
    before { establishment inPost openPosts gap } after { establishment inPost openPosts gap } } }`;
const CREATE = `mutation($input: CreateReallocationPlanInput!) { createReallocationPlan(input: $input) { ${PLAN_FIELDS} } }`;
const WHAT_IF = `query($input: CreateReallocationPlanInput!) { whatIf(input: $input) {
  targetDate totalScore statistics { candidates opportunities edges }
  moves { personId hostDepartmentCode vacancyId gap score }
  capacity { departmentCode lines { grade before { inPost gap } after { inPost gap } } } } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approveReallocationPlan(id: $id, expectedVersion: $v) { ${PLAN_FIELDS} } }`;
const PLAN = `query($id: ID!) { reallocationPlan(id: $id) { ${PLAN_FIELDS} } }`;
const PLANS = `query($first: Int, $after: String) { reallocationPlans(first: $first, after: $after) {
  edges { cursor node { id status moveCount planningDepartmentCode } } pageInfo { hasNextPage endCursor } } }`;
const MOVES_INTO = `query($department: String!) { moves(filter: { departmentCode: $department, direction: "IN" }, first: 50) {
  edges { node { id personId status kind origin vacancyId homeDepartmentCode hostDepartmentCode startsOn } } } }`;

interface PersonSeed {
  departmentCode: string;
  profession: string;
  grade?: string;
  openToMove?: boolean;
  shareProfile?: boolean;
  minimumTermEndsOn?: string;
  skills?: { skillCode: string; level: string }[];
  status?: string;
}

async function seedPerson(seed: PersonSeed): Promise<string> {
  const personId = uuidv7();
  await db.query(
    `INSERT INTO person_read_model (person_id, department_code, grade, profession, fte, started_in_post_on, status,
       minimum_term_ends_on, version, updated_at, open_to_move, share_profile, skills)
     VALUES ($1, $2, $3, $4, 1, '2023-01-09', $5, $6, 1, now(), $7, $8, $9::jsonb)`,
    [
      personId,
      seed.departmentCode,
      seed.grade ?? 'HEO',
      seed.profession,
      seed.status ?? 'ACTIVE',
      seed.minimumTermEndsOn ?? null,
      seed.openToMove ?? false,
      seed.shareProfile ?? false,
      JSON.stringify(seed.skills ?? []),
    ],
  );
  return personId;
}

/** One after another: `db` is a single connection. */
async function inTurn<T>(makers: (() => Promise<T>)[]): Promise<T[]> {
  const made: T[] = [];
  for (const make of makers) made.push(await make());
  return made;
}

const seedPeople = (count: number, seed: PersonSeed) =>
  inTurn(Array.from({ length: count }, () => () => seedPerson(seed)));

async function seedVacancy(departmentCode: string, profession: string, skill?: string): Promise<string> {
  const vacancyId = uuidv7();
  await db.query(
    `INSERT INTO vacancy_read_model (vacancy_id, department_code, grade, profession, posts, fte_per_post, status,
       version, updated_at, title, move_kinds, visibility, closing_date, required_skills)
     VALUES ($1, $2, 'HEO', $3, 1, 1, 'OPEN', 2, now(), 'Statistician', '{LEVEL_TRANSFER,LOAN}', 'ALL_DEPARTMENTS',
       '2027-02-28', $4::jsonb)`,
    [
      vacancyId,
      departmentCode,
      profession,
      JSON.stringify(skill ? [{ skillCode: skill, minimumLevel: 'PRACTITIONER', essential: true }] : []),
    ],
  );
  return vacancyId;
}

const fund = (departmentCode: string, profession: string, fte: number) =>
  db.query(
    `INSERT INTO establishment_read_model (department_code, profession, grade, effective_from, fte_hundredths, version)
     VALUES ($1, $2, 'HEO', '2026-04-01', $3, 1)`,
    [departmentCode, profession, fte * 100],
  );

const input = (profession: string, overrides: Record<string, unknown> = {}) => ({
  scope: { departments: ['DWP', 'HMRC'], professions: [profession], grades: ['HEO'] },
  targetDate: TARGET,
  ...overrides,
});

/**
 * DWP has 20 statisticians of `profession` at HEO (funded for 20), of whom three are open to a move (the first an
 * expert in the skill HMRC's vacancy asks for), one more is open but inside their minimum term and one is not open
 * at all; HMRC has 10 in post, is funded for 12 and advertises one post: one vacancy and one unadvertised place.
 */
async function twoDepartments(profession: string) {
  const skill = `SKILL.${profession.toUpperCase().replace(/\W/g, '_')}`;
  const open = await inTurn([
    () =>
      seedPerson({
        departmentCode: 'DWP',
        profession,
        openToMove: true,
        skills: [{ skillCode: skill, level: 'EXPERT' }],
      }),
    () => seedPerson({ departmentCode: 'DWP', profession, openToMove: true }),
    () => seedPerson({ departmentCode: 'DWP', profession, openToMove: true }),
  ]);
  const held = await seedPerson({
    departmentCode: 'DWP',
    profession,
    openToMove: true,
    minimumTermEndsOn: '2027-06-01',
  });
  const others = await seedPeople(16, { departmentCode: 'DWP', profession });
  await seedPeople(10, { departmentCode: 'HMRC', profession });
  await fund('DWP', profession, 20);
  await fund('HMRC', profession, 12);
  const vacancyId = await seedVacancy('HMRC', profession, skill);
  return { open, held, others, vacancyId };
}

const count = async (table: string) =>
  Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
const codesOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (response.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.reason]);

async function createPlan(identity = crossGovernmentPlanner, variables: Record<string, unknown>) {
  const response = await moves.call(identity, CREATE, { input: variables });
  expect(response.errors).toBeUndefined();
  return response.data!.createReallocationPlan;
}

describe('reallocation plans (real PostgreSQL)', () => {
  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: (runtime) => createMovesApp({ ...runtime, dueMovesEveryMs: 0 }),
      clock,
    });
    db = new Client({ connectionString: moves.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await moves?.close();
  });

  it('plans the best moves within the release limit, each explained, with capacity before and after', async () => {
    const { open, held, vacancyId } = await twoDepartments('Statistics A');

    const plan = await createPlan(crossGovernmentPlanner, input('Statistics A'));

    expect(plan).toMatchObject({
      status: 'DRAFT',
      version: 1,
      targetDate: TARGET,
      planningDepartmentCode: null,
      constraints: {
        maxReleaseShare: 0.1,
        onlyOpenToMove: true,
        allowInsideMinimumTerm: false,
        noPromotions: true,
      },
      // Only the three open and free to move are candidates; HMRC offers the vacancy and one gap place.
      statistics: { candidates: 3, opportunities: 2 },
      moveCount: 2,
    });
    // 10% of DWP's 20 statisticians: two may go, and HMRC has two places.
    const planned = plan.moves as Record<string, unknown>[];
    expect(planned).toHaveLength(2);
    expect(planned.map((move) => move.personId)).not.toContain(held);
    expect(planned.every((move) => open.includes(move.personId as string))).toBe(true);
    expect(planned.find((move) => move.vacancyId === vacancyId)).toMatchObject({
      vacancy: { id: vacancyId },
      gap: null,
    });
    expect(planned.find((move) => move.gap !== null)).toMatchObject({
      gap: 'gap:HMRC/Statistics A/HEO',
      vacancyId: null,
    });
    for (const move of planned)
      expect(move).toMatchObject({
        person: { id: move.personId },
        homeDepartmentCode: 'DWP',
        hostDepartmentCode: 'HMRC',
        kind: 'LEVEL_TRANSFER',
        startsOn: TARGET,
        grade: 'HEO',
        fte: 1,
        explanation: { gradeFit: 'SAME_GRADE', moveKind: 'LEVEL_TRANSFER' },
        outcome: null,
      });
    // The skilled expert fills the vacancy that asks for the skill: the optimum, not merely a feasible plan.
    expect(planned.find((move) => move.vacancyId === vacancyId)!.personId).toBe(open[0]);
    const total = planned.reduce((sum, move) => sum + (move.score as number), 0);
    expect(plan.totalScore).toBeCloseTo(total, 3);

    expect(plan.capacity).toEqual([
      {
        departmentCode: 'DWP',
        movesIn: 0,
        movesOut: 2,
        lines: [
          {
            profession: 'Statistics A',
            grade: 'HEO',
            movesIn: 0,
            movesOut: 2,
            before: { establishment: 20, inPost: 20, openPosts: 0, gap: 0 },
            after: { establishment: 20, inPost: 18, openPosts: 0, gap: 2 },
          },
        ],
      },
      {
        departmentCode: 'HMRC',
        movesIn: 2,
        movesOut: 0,
        lines: [
          {
            profession: 'Statistics A',
            grade: 'HEO',
            movesIn: 2,
            movesOut: 0,
            before: { establishment: 12, inPost: 10, openPosts: 1, gap: 2 },
            after: { establishment: 12, inPost: 12, openPosts: 0, gap: 0 },
          },
        ],
      },
    ]);
    // Stored: read back whole.
    const read = await moves.call(crossGovernmentPlanner, PLAN, { id: plan.id });
    expect(read.data!.reallocationPlan).toEqual(plan);
  });

  it('evaluates a plan with whatIf without writing anything', async () => {
    await twoDepartments('Statistics B');
    const tables = [
      'reallocation_plan',
      'reallocation_plan_move',
      'move',
      'move_event',
      'audit_log',
      'outbox_message',
    ];
    const before = await inTurn(tables.map((table) => () => count(table)));

    const response = await moves.call(crossGovernmentPlanner, WHAT_IF, { input: input('Statistics B') });

    expect(response.errors).toBeUndefined();
    expect(await inTurn(tables.map((table) => () => count(table)))).toEqual(before);
    const effect = response.data!.whatIf;
    expect(effect).toMatchObject({ targetDate: TARGET, statistics: { candidates: 3, opportunities: 2 } });
    expect(effect.moves).toHaveLength(2);
    expect(effect.capacity).toEqual([
      {
        departmentCode: 'DWP',
        lines: [{ grade: 'HEO', before: { inPost: 20, gap: 0 }, after: { inPost: 18, gap: 2 } }],
      },
      {
        departmentCode: 'HMRC',
        lines: [{ grade: 'HEO', before: { inPost: 10, gap: 2 }, after: { inPost: 12, gap: 0 } }],
      },
    ]);
    // The same plan createReallocationPlan then stores.
    const plan = await createPlan(crossGovernmentPlanner, input('Statistics B'));
    expect(plan.totalScore).toBe(effect.totalScore);
    expect(plan.moves.map((move: { personId: string }) => move.personId)).toEqual(
      effect.moves.map((move: { personId: string }) => move.personId),
    );
  });

  it('approves a plan into proposed moves in the normal workflow, once', async () => {
    await twoDepartments('Statistics C');
    const plan = await createPlan(crossGovernmentPlanner, input('Statistics C'));
    const auditBefore = (await db.query(`SELECT id FROM audit_log`)).rows.map((row) => row.id);

    const approved = await moves.call(crossGovernmentPlanner, APPROVE, { id: plan.id, v: 1 });

    expect(approved.errors).toBeUndefined();
    const result = approved.data!.approveReallocationPlan;
    expect(result).toMatchObject({ id: plan.id, status: 'APPROVED', version: 2 });
    expect(result.moves.map((move: { outcome: string }) => move.outcome)).toEqual(['PROPOSED', 'PROPOSED']);
    const listed = await moves.call(crossGovernmentPlanner, MOVES_INTO, { department: 'HMRC' });
    expect(listed.errors).toBeUndefined();
    const proposals = listed.data!.moves.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    for (const move of result.moves) {
      expect(proposals.find((node: { id: string }) => node.id === move.moveId)).toMatchObject({
        personId: move.personId,
        status: 'AWAITING_AGREEMENT',
        kind: 'LEVEL_TRANSFER',
        origin: 'PLANNER',
        vacancyId: move.vacancyId,
        homeDepartmentCode: 'DWP',
        hostDepartmentCode: 'HMRC',
        startsOn: TARGET,
      });
    }
    // One audit entry for the plan and one for each move, about its person.
    const audit = await db.query(
      `SELECT record_type, record_id, subject_person_id FROM audit_log WHERE NOT (id = ANY($1::uuid[]))`,
      [auditBefore],
    );
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { record_type: 'ReallocationPlan', record_id: plan.id, subject_person_id: null },
        ...result.moves.map((move: { moveId: string; personId: string }) => ({
          record_type: 'Move',
          record_id: move.moveId,
          subject_person_id: move.personId,
        })),
      ]),
    );
    expect(audit.rows).toHaveLength(3);

    const again = await moves.call(crossGovernmentPlanner, APPROVE, { id: plan.id, v: 2 });
    expect(codesOf(again)).toEqual([['CONFLICT', 'PLAN.ALREADY_APPROVED']]);
    expect(
      await count(
        `move WHERE person_id = ANY('{${result.moves.map((m: { personId: string }) => m.personId)}}')`,
      ),
    ).toBe(2);
  });

  it('refuses a stale version, and skips a move whose person has left since, with the reason', async () => {
    await twoDepartments('Statistics D');
    const plan = await createPlan(crossGovernmentPlanner, input('Statistics D'));
    expect(codesOf(await moves.call(crossGovernmentPlanner, APPROVE, { id: plan.id, v: 3 }))).toEqual([
      ['CONFLICT', 'PLAN.VERSION_CONFLICT'],
    ]);
    const [leaver, stayer] = plan.moves as { personId: string }[];
    await db.query(`UPDATE person_read_model SET status = 'LEFT' WHERE person_id = $1`, [leaver.personId]);

    const approved = await moves.call(crossGovernmentPlanner, APPROVE, { id: plan.id, v: 1 });

    expect(approved.errors).toBeUndefined();
    const outcomes = approved.data!.approveReallocationPlan.moves;
    expect(outcomes.find((move: { personId: string }) => move.personId === leaver.personId)).toMatchObject({
      outcome: 'SKIPPED',
      skipReason: 'PERSON_LEFT',
      moveId: null,
    });
    expect(outcomes.find((move: { personId: string }) => move.personId === stayer.personId)).toMatchObject({
      outcome: 'PROPOSED',
    });
  });

  it('holds an approved move inside the minimum term when the planner allowed it, for a planner to release', async () => {
    const profession = 'Statistics E';
    const inside = await seedPerson({
      departmentCode: 'DWP',
      profession,
      openToMove: true,
      minimumTermEndsOn: '2027-06-01',
    });
    await seedPeople(9, { departmentCode: 'DWP', profession });
    await seedVacancy('HMRC', profession);
    const strict = await moves.call(crossGovernmentPlanner, WHAT_IF, { input: input(profession) });
    expect(strict.data!.whatIf.moves).toEqual([]);

    const plan = await createPlan(
      crossGovernmentPlanner,
      input(profession, { constraints: { allowInsideMinimumTerm: true } }),
    );
    // 10% of 10 people: one may go.
    expect(plan.moves.map((move: { personId: string }) => move.personId)).toEqual([inside]);
    const approved = await moves.call(crossGovernmentPlanner, APPROVE, { id: plan.id, v: 1 });
    const [move] = approved.data!.approveReallocationPlan.moves;
    const listed = await moves.call(crossGovernmentPlanner, MOVES_INTO, { department: 'HMRC' });
    expect(
      listed.data!.moves.edges.map((edge: { node: { id: string; status: string } }) => edge.node),
    ).toContainEqual(expect.objectContaining({ id: move.moveId, status: 'TENURE_HOLD' }));
  });

  it("keeps a department's planner to moves into or out of their department, and to people who share their profile", async () => {
    const profession = 'Statistics F';
    // DSIT has open statisticians and HMRC a vacancy: a move DWP's planner could never propose.
    await seedPeople(10, { departmentCode: 'DSIT', profession, openToMove: true, shareProfile: true });
    await seedVacancy('HMRC', profession);
    // HMRC may release two of its 20 statisticians; both open ones would fit DWP's posts, but only one shares their
    // profile across departments: DWP's planner may plan only that one.
    const sharing = await seedPerson({
      departmentCode: 'HMRC',
      profession,
      openToMove: true,
      shareProfile: true,
    });
    const private_ = await seedPerson({ departmentCode: 'HMRC', profession, openToMove: true });
    await seedPeople(18, { departmentCode: 'HMRC', profession });
    await inTurn([1, 2, 3].map(() => () => seedVacancy('DWP', profession)));
    const scope = { departments: ['DWP', 'DSIT', 'HMRC'], professions: [profession], grades: ['HEO'] };

    const plan = await createPlan(dwpPlanner, { scope, targetDate: TARGET });

    expect(plan.planningDepartmentCode).toBe('DWP');
    const people = plan.moves.map((move: { personId: string }) => move.personId);
    expect(people).toContain(sharing);
    expect(people).not.toContain(private_);
    for (const move of plan.moves) expect(move.hostDepartmentCode).toBe('DWP');
    expect(plan.moves).toHaveLength(2);
    // Cross-government, both HMRC statisticians may be planned.
    const wide = await moves.call(crossGovernmentPlanner, WHAT_IF, { input: { scope, targetDate: TARGET } });
    expect(wide.data!.whatIf.moves).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: sharing }),
        expect.objectContaining({ personId: private_ }),
      ]),
    );

    // The plan is DWP's: HMRC's planner may not read or approve it, DWP's and cross-government planners may.
    expect(codesOf(await moves.call(hmrcPlanner, PLAN, { id: plan.id }))).toEqual([['FORBIDDEN', undefined]]);
    expect(codesOf(await moves.call(hmrcPlanner, APPROVE, { id: plan.id, v: 1 }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    expect((await moves.call(crossGovernmentPlanner, PLAN, { id: plan.id })).errors).toBeUndefined();
    const approved = await moves.call(dwpPlanner, APPROVE, { id: plan.id, v: 1 });
    expect(approved.errors).toBeUndefined();
  });

  it('is for workforce planners only, within scopes that include their department', async () => {
    const scoped = input('Statistics G');
    expect(codesOf(await moves.call(dwpHrAdmin, CREATE, { input: scoped }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    expect(codesOf(await moves.call(dwpHrAdmin, WHAT_IF, { input: scoped }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    const elsewhere = { ...scoped, scope: { ...scoped.scope, departments: ['HMRC', 'DSIT'] } };
    expect(codesOf(await moves.call(dwpPlanner, CREATE, { input: elsewhere }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    expect(codesOf(await moves.call(dwpPlanner, WHAT_IF, { input: elsewhere }))).toEqual([
      ['FORBIDDEN', undefined],
    ]);
    expect(codesOf(await moves.call(dwpHrAdmin, PLANS, { first: 5 }))).toEqual([['FORBIDDEN', undefined]]);
    expect(codesOf(await moves.call(dwpPlanner, PLAN, { id: uuidv7() }))).toEqual([['NOT_FOUND', undefined]]);
  });

  it('refuses what no plan may be, naming the rule', async () => {
    const refused = async (overrides: Record<string, unknown>) =>
      codesOf(await moves.call(crossGovernmentPlanner, CREATE, { input: input('Statistics H', overrides) }));
    expect(await refused({ constraints: { noPromotions: false } })).toEqual([
      ['BAD_USER_INPUT', 'PLAN.PROMOTIONS_NOT_ALLOWED'],
    ]);
    expect(await refused({ targetDate: '2026-11-23' })).toEqual([
      ['BAD_USER_INPUT', 'PLAN.TARGET_DATE_PASSED'],
    ]);
    expect(await refused({ constraints: { maxReleaseShare: 0 } })).toEqual([['BAD_USER_INPUT', undefined]]);
    expect(await refused({ constraints: { maxReleaseShare: 1.5 } })).toEqual([['BAD_USER_INPUT', undefined]]);
    expect(
      await refused({ scope: { departments: [], professions: ['Statistics H'], grades: ['HEO'] } }),
    ).toEqual([['BAD_USER_INPUT', undefined]]);
    expect(
      await refused({ scope: { departments: ['DWP'], professions: ['Statistics H'], grades: ['Grade 7'] } }),
    ).toEqual([['BAD_USER_INPUT', undefined]]);
    expect(await refused({ targetDate: '4 January 2027' })).toEqual([['BAD_USER_INPUT', undefined]]);
    expect(await count(`reallocation_plan WHERE scope->'professions' ? 'Statistics H'`)).toBe(0);
  });

  it('lists the plans a planner may read, newest first, a page at a time', async () => {
    const profession = 'Statistics I';
    // Plans are ordered by their UUIDv7 ids, which keep the millisecond: a minute between plans orders them.
    const later = async <T>(make: () => Promise<T>) => {
      clock.current = new Date(clock.current.getTime() + 60_000);
      return make();
    };
    const first = await later(() => createPlan(dwpPlanner, input(profession)));
    const second = await later(() => createPlan(dwpPlanner, input(profession)));
    const theirs = await later(() => createPlan(hmrcPlanner, input(profession)));

    const page = await moves.call(dwpPlanner, PLANS, { first: 1 });
    expect(page.data!.reallocationPlans).toMatchObject({
      edges: [{ node: { id: second.id, planningDepartmentCode: 'DWP', moveCount: 0 } }],
      pageInfo: { hasNextPage: true },
    });
    const next = await moves.call(dwpPlanner, PLANS, {
      first: 100,
      after: page.data!.reallocationPlans.pageInfo.endCursor,
    });
    const ids = next.data!.reallocationPlans.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(ids[0]).toBe(first.id);
    expect(ids).not.toContain(theirs.id);
    const everything = await moves.call(crossGovernmentPlanner, PLANS, { first: 100 });
    expect(
      everything.data!.reallocationPlans.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toEqual(expect.arrayContaining([first.id, second.id, theirs.id]));
    expect(codesOf(await moves.call(dwpPlanner, PLANS, { first: 5, after: 'not-a-cursor' }))).toEqual([
      ['BAD_USER_INPUT', undefined],
    ]);
  });
});
