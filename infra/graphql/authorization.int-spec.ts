// Every operation against every role and scope, through the three real subgraphs (real PostgreSQL, in-process events),
// each called as the gateway calls it: with the caller's identity in a token signed for that subgraph. One row per
// operation; a Query or Mutation in the composed supergraph without a row fails the first test, so every new
// operation arrives with its row. The rules themselves live in libs/auth/src/authorization/policies (README: security).
import { ANONYMOUS, Identity, Role } from '@civil/auth';
import { uuidv7 } from '@civil/contracts';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import {
  createTestDatabase,
  expectEventually,
  GraphQLResponse,
  listenOnFreePort,
  TestDatabase,
  testIdentity,
  TestGatewayKeys,
} from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { parse } from 'graphql';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMovesApp } from '../../services/moves/src/app';
import { RunDueMovesHandler } from '../../services/moves/src/move/application/run-due-moves/run-due-moves.handler';
import { createPeopleApp } from '../../services/people/src/app';
import { createVacanciesApp } from '../../services/vacancies/src/app';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

const ALLOW = 'ALLOW';
const FORBIDDEN = 'FORBIDDEN';
const UNAUTHENTICATED = 'UNAUTHENTICATED';
// Allowed by the policy, but there is nothing there (`me` for a caller whose person id has no record here).
const NOT_FOUND = 'NOT_FOUND';
type Outcome = typeof ALLOW | typeof FORBIDDEN | typeof UNAUTHENTICATED | typeof NOT_FOUND;

// The subject of every row is a person and a vacancy of DWP; each caller stands somewhere relative to them.
const HOME = 'DWP';
const ELSEWHERE = 'HMRC';
// The vacancy is published (open to all departments); draftVacancyId is a DWP draft nobody else may see.
const subject = { personId: '', vacancyId: '', draftVacancyId: '' };

const as = (role: Role, departmentCode: string, parts: Partial<Omit<Identity, 'roles'>> = {}) =>
  testIdentity({ roles: [role], departmentCode, personId: uuidv7(), ...parts });
const CALLERS = {
  anonymous: () => ANONYMOUS,
  employeeSelf: () => as('EMPLOYEE', HOME, { personId: subject.personId }),
  employeeOther: () => as('EMPLOYEE', HOME),
  hiringManagerSame: () => as('HIRING_MANAGER', HOME),
  hiringManagerOther: () => as('HIRING_MANAGER', ELSEWHERE),
  hrAdminSame: () => as('HR_ADMIN', HOME),
  hrAdminOther: () => as('HR_ADMIN', ELSEWHERE),
  hrAdminCrossGovernment: () => as('HR_ADMIN', 'CO', { crossGovernment: true }),
  plannerSame: () => as('WORKFORCE_PLANNER', HOME),
  plannerOther: () => as('WORKFORCE_PLANNER', ELSEWHERE),
  plannerCrossGovernment: () => as('WORKFORCE_PLANNER', 'CO', { crossGovernment: true }),
  serviceSame: () => as('SERVICE', HOME, { personId: undefined }),
  serviceOther: () => as('SERVICE', ELSEWHERE, { personId: undefined }),
};
type Caller = keyof typeof CALLERS;

type Call = (identity: Identity) => Promise<GraphQLResponse>;
let people: (
  identity: Identity,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse>;
let vacancies: typeof people;
let moves: typeof people;

function personInput(departmentCode = HOME) {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `AZ${suffix}`,
    givenName: 'Mary',
    familyName: 'Somerville',
    workEmail: `mary.${suffix.toLowerCase()}@example.org`,
    departmentCode,
    grade: 'HEO',
    profession: 'Statistics',
    fte: 1,
    startedInPostOn: '2024-04-02',
  };
}

// Complete, so that it can be published: a closing date well after today.
const vacancyInput = (departmentCode = HOME) => ({
  departmentCode,
  title: 'Statistician',
  description: 'Produce the labour market statistics.',
  grade: 'HEO',
  profession: 'Statistics',
  posts: 1,
  ftePerPost: 1,
  moveKinds: ['LEVEL_TRANSFER'],
  locations: ['Leeds'],
  behaviours: ['Working Together'],
  closingDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
});

const REGISTER_PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id givenName } }`;
const PERSON_VERSION = `query($id: ID!) { person(id: $id) { version } }`;
const ME = `{ me { id } }`;
const UPDATE_PERSON = `mutation($id: ID!, $input: UpdatePersonInput!, $v: Int!) {
  updatePerson(id: $id, input: $input, expectedVersion: $v) { id }
}`;
const SET_SKILLS = `mutation($id: ID!) { setSkills(personId: $id, skills: []) { id } }`;
const SET_SKILLS_TO_DEVELOP = `mutation($id: ID!) { setSkillsToDevelop(personId: $id, skillCodes: []) { id } }`;
const SET_MOBILITY_PREFERENCES = `mutation($id: ID!) { setMobilityPreferences(personId: $id, preferences: {
  openToMove: true, moveKindsWanted: [LOAN], departmentsWanted: [], locationsWanted: [], shareProfileAcrossDepartments: false
}) { id } }`;
const JOIN_TRACK = `mutation($id: ID!) { joinSpecialistTrack(personId: $id, trackCode: "GSS.STATISTICS") { id } }`;
const LEAVE_TRACK = `mutation($id: ID!) { leaveSpecialistTrack(personId: $id) { id } }`;
const RECORD_LEAVER = `mutation($id: ID!) { recordLeaver(personId: $id, leftOn: "2026-12-31") { id } }`;
const CREATE_VACANCY = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const VACANCY = `query($id: ID!) { vacancy(id: $id) { id title } }`;
const UPDATE_VACANCY = `mutation($id: ID!) { updateVacancy(id: $id, input: { title: "Statistician (HEO)" }, expectedVersion: 1) { id } }`;
const PUBLISH_VACANCY = `mutation($id: ID!) { publishVacancy(id: $id) { id } }`;
const CLOSE_VACANCY = `mutation($id: ID!) { closeVacancy(id: $id) { id } }`;
const CANCEL_VACANCY = `mutation($id: ID!) { cancelVacancy(id: $id, reason: "No longer funded") { id } }`;
const READ_MODEL_STATUS = `{ readModelStatus { people vacancies } }`;
const AUDIT_TRAIL = `query($id: ID!) { auditTrail(subjectId: $id) { __typename } }`;
const MY_DATA = `{ myData { personId } }`;
const MY_DATA_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MyData { personId } } }`;
const MY_DATA_MOVES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MyData { moves } } }`;
const MY_DATA_VACANCIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on MyData { vacancies } } }`;
const PERSON_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }`;
const VACANCY_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Vacancy { id } } }`;
const KNOWN_TO_MOVES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Person { knownToMoves } ... on Vacancy { knownToMoves }
} }`;

const personRef = () => ({ __typename: 'Person', id: subject.personId });
// What the gateway sends moves for Person.knownToMoves: the key plus the field it @requires from people.
const personRefWithDepartment = () => ({ ...personRef(), departmentCode: HOME });
const vacancyRef = () => ({ __typename: 'Vacancy', id: subject.vacancyId });
/** A fresh DWP draft (or open vacancy) for each call that changes one, so that no row depends on another's effect. */
const freshVacancy = async (publish = false) => {
  const manager = CALLERS.hiringManagerSame();
  const { id } = (await vacancies(manager, CREATE_VACANCY, { input: vacancyInput() })).data!.createVacancy;
  if (publish) await vacancies(manager, PUBLISH_VACANCY, { id });
  return id as string;
};
// A department's hiring managers and HR admins manage its vacancies; cross-government HR admins any department's.
// prettier-ignore
const MANAGE_VACANCY: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
  hiringManagerSame: ALLOW, hiringManagerOther: FORBIDDEN,
  hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
  plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};
// A draft is its department's hiring managers' and HR admins' business (and cross-government HR's) until published:
// the callers who manage it.
const READ_DRAFT_VACANCY = MANAGE_VACANCY;
const myDataRef = () => ({ __typename: 'MyData', personId: subject.personId });
const departmentRef = () => ({ __typename: 'Department', code: HOME });
const PEOPLE_SEARCH = `{ people(first: 5) { edges { node { id } } } }`;
const DEPARTMENT_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Department { code } } }`;
const DEPARTMENT_HEADCOUNT = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Department { headcount { people fte } }
} }`;
const DEPARTMENT_PEOPLE = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Department { people(first: 5) { edges { node { id } } } }
} }`;
const DEPARTMENTS = `{ departments { code } }`;
const DEPARTMENT = `query($code: String!) { department(code: $code) { code name } }`;
const VACANCIES_DEPARTMENT_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Department { code name }
} }`;
const DEPARTMENT_ESTABLISHMENT = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Department { establishment(asOf: "2026-06-01") { totalFte } }
} }`;
const ADD_ORGANISATION = `mutation($input: AddOrganisationInput!) { addOrganisation(input: $input) { code } }`;
const SET_ESTABLISHMENT = `mutation($input: SetEstablishmentInput!) { setEstablishment(input: $input) { fte } }`;
// Organisation codes are letters only: each allowed addOrganisation adds a new one.
const uniqueCode = () =>
  `AZ${randomBytes(4)
    .toString('hex')
    .toUpperCase()
    .replace(/[0-9]/g, (digit) => 'GHIJKLMNOP'[Number(digit)])}`;
const establishmentInput = () => ({
  departmentCode: HOME,
  profession: 'Statistics',
  grade: 'HEO',
  fte: 4,
  effectiveFrom: '2026-04-01',
});
// Who may search people (what each finds is services/people/test/people-search.int-spec.ts's business).
// prettier-ignore
const PEOPLE_SEARCHERS: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
  hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
  hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
  plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};

// Browsing vacancies and keeping saved searches: every civil servant, never a department system (which takes vacancies
// and alerts from the event stream). What each finds is services/vacancies/test/vacancy-search.int-spec.ts's business;
// whose searches and alerts they are, saved-search.int-spec.ts's.
const VACANCY_SEARCH = `{ vacancies(first: 5) { totalCount edges { node { id } } } }`;
const SAVE_SEARCH = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
const DELETE_SAVED_SEARCH = `mutation($id: ID!) { deleteSavedSearch(id: $id) { id } }`;
const MY_SAVED_SEARCHES = `{ mySavedSearches { id matchingNow } }`;
const MY_ALERTS = `{ myAlerts(first: 5) { edges { node { id } } } }`;
const MARK_ALERT_READ = `mutation($id: ID!) { markAlertRead(id: $id) { id } }`;
const MARK_ALL_ALERTS_READ = `mutation { markAllAlertsRead }`;
/** Saves a search of the caller's own (a fresh name each time), then deletes it; answers the first refusal. */
const saveThenDelete = async (identity: Identity) => {
  const saved = await vacancies(identity, SAVE_SEARCH, { input: { name: `authz ${uuidv7()}` } });
  return saved.errors ? saved : vacancies(identity, DELETE_SAVED_SEARCH, { id: saved.data!.saveSearch.id });
};
// prettier-ignore
const CIVIL_SERVANTS: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: ALLOW, employeeOther: ALLOW,
  hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
  hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
  plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};
// An alert id nobody has: allowed callers reach the use case, which finds nothing.
// prettier-ignore
const CIVIL_SERVANTS_NOTHING_THERE: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: NOT_FOUND, employeeOther: NOT_FOUND,
  hiringManagerSame: NOT_FOUND, hiringManagerOther: NOT_FOUND,
  hrAdminSame: NOT_FOUND, hrAdminOther: NOT_FOUND, hrAdminCrossGovernment: NOT_FOUND,
  plannerSame: NOT_FOUND, plannerOther: NOT_FOUND, plannerCrossGovernment: NOT_FOUND,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};

// Reference data: shared by every department, so read by every role and changed by cross-government HR alone. Each
// allowed mutation adds something new (a unique name or code), so every caller's attempt is judged on its own.
const unique = () => randomBytes(4).toString('hex').toUpperCase();
const GRADES = `{ grades { code } }`;
const PROFESSIONS = `{ professions { name } }`;
const SKILLS = `{ skills(search: "data", first: 5) { code } }`;
const SPECIALIST_TRACKS = `{ specialistTracks { code } }`;
const CLEARANCE_LEVELS = `{ clearanceLevels { code } }`;
const REFERENCE_DATA_VERSION = `{ referenceDataVersion }`;
const ADD_PROFESSION = `mutation($input: AddProfessionInput!) { addProfession(input: $input) { name } }`;
const ADD_SKILL = `mutation($input: AddSkillInput!) { addSkill(input: $input) { code } }`;
const ADD_TRACK = `mutation($input: AddSpecialistTrackInput!) { addSpecialistTrack(input: $input) { code } }`;
const UPDATE_TRACK = `mutation($input: UpdateSpecialistTrackInput!) { updateSpecialistTrack(input: $input) { code } }`;
// prettier-ignore
const READ_REFERENCE_DATA: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: ALLOW, employeeOther: ALLOW,
  hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
  hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
  plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
  serviceSame: ALLOW, serviceOther: ALLOW,
};
// prettier-ignore
const MANAGE_REFERENCE_DATA: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
  hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
  hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
  plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};

// prettier-ignore
const PROFILE_EDIT: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: ALLOW, employeeOther: FORBIDDEN,
  hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
  hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
  plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};
// prettier-ignore
const RECORD_MANAGEMENT: Record<Caller, Outcome> = {
  anonymous: UNAUTHENTICATED,
  employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
  hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
  hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
  plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
  serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
};
const freshPerson = async () =>
  (await people(CALLERS.hrAdminSame(), REGISTER_PERSON, { input: personInput() })).data!.registerPerson
    .id as string;

// Moves: the subject person (DWP) moves to HMRC (ELSEWHERE), so the "other" callers stand at the host. Every
// mutation row acts on a fresh move or application, so each caller's attempt is judged on its own.
let movesApp: INestApplication;
const HOST = ELSEWHERE;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PROPOSE_MOVE = `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { id status } }`;
const MOVE_ID = (field: string, extra = '') => `mutation($id: ID!) { ${field}(moveId: $id${extra}) { id } }`;
const loanInput = (personId: string, startsOn = inDays(40)) => ({
  personId,
  kind: 'LOAN',
  hostDepartmentCode: HOST,
  startsOn,
  endsOn: inDays(400),
  payer: 'HOST',
});
/** Proposes a loan for the person, once moves has taken them in from people's events (in-process: moments). */
async function proposedMove(
  personId = subject.personId,
  startsOn?: string,
): Promise<{ id: string; status: string }> {
  let proposed: GraphQLResponse | undefined;
  await expectEventually(async () => {
    proposed = await moves(CALLERS.plannerSame(), PROPOSE_MOVE, { input: loanInput(personId, startsOn) });
    expect(proposed.errors).toBeUndefined();
  });
  return proposed!.data!.proposeMove;
}
const freshMoveId = async () => (await proposedMove()).id;
/** A person of HOME the table's callers did not start with, so a move that changes where they work changes no row. */
async function freshPersonId(startedInPostOn?: string): Promise<string> {
  const input = { ...personInput(), ...(startedInPostOn && { startedInPostOn }) };
  const registered = await people(CALLERS.hrAdminSame(), REGISTER_PERSON, { input });
  return registered.data!.registerPerson.id as string;
}
/** A loan that has started today (someone else's: starting it makes them ON_LOAN in people). */
async function startedMoveId(): Promise<string> {
  const personId = await freshPersonId();
  const { id } = await proposedMove(personId, today());
  await moves(as('EMPLOYEE', HOME, { personId }), MOVE_ID('consentToMove'), { id });
  await moves(
    CALLERS.plannerSame(),
    `mutation($id: ID!, $on: String!) { agreeRelease(moveId: $id, releaseOn: $on) { id } }`,
    {
      id,
      on: today(),
    },
  );
  await moves(CALLERS.hrAdminOther(), MOVE_ID('acceptMove'), { id });
  await movesApp.get(RunDueMovesHandler).execute();
  return id;
}
/** A move held for tenure: a person just in post (their minimum term runs to next year). */
async function heldMoveId(): Promise<string> {
  const personId = await freshPersonId(today());
  let held: { id: string; status: string } | undefined;
  // Moves must hear the person's tenure dates too, not just their registration.
  await expectEventually(async () => {
    held = await proposedMove(personId);
    expect(held.status).toBe('TENURE_HOLD');
  });
  return held!.id;
}
const APPLY = `mutation($input: ApplyForVacancyInput!) { applyForVacancy(input: $input) { id } }`;
const APPLICATION_ID = (field: string, extra = '') =>
  `mutation($id: ID!) { ${field}(applicationId: $id${extra}) { id } }`;
/** An HMRC vacancy the subject person may apply for, published, and taken in by moves. */
async function hostVacancyId(): Promise<string> {
  const manager = CALLERS.hiringManagerOther();
  const created = await vacancies(manager, CREATE_VACANCY, { input: vacancyInput(HOST) });
  const { id } = created.data!.createVacancy;
  await vacancies(manager, PUBLISH_VACANCY, { id });
  await expectEventually(async () => {
    const known = await moves(CALLERS.hrAdminCrossGovernment(), KNOWN_TO_MOVES, {
      r: [{ __typename: 'Vacancy', id }],
    });
    expect(known.data?._entities).toEqual([{ knownToMoves: true }]);
  });
  return id as string;
}
const applyAs = async (identity: Identity) =>
  moves(identity, APPLY, {
    input: {
      vacancyId: await hostVacancyId(),
      kind: 'LEVEL_TRANSFER',
      statement: 'I run the labour market statistics.',
    },
  });
/** The subject person's application to a fresh HMRC vacancy. */
async function applicationId(): Promise<string> {
  const applied = await applyAs(CALLERS.employeeSelf());
  if (applied.errors) throw new Error(JSON.stringify(applied.errors));
  return applied.data!.applyForVacancy.id;
}
// prettier-ignore
const only = (allowed: Caller[], otherwise: Outcome = FORBIDDEN): Record<Caller, Outcome> =>
  Object.fromEntries(
    (Object.keys(CALLERS) as Caller[]).map((caller) => [
      caller,
      caller === 'anonymous' ? UNAUTHENTICATED : allowed.includes(caller) ? ALLOW : otherwise,
    ]),
  ) as Record<Caller, Outcome>;
const EVERY_CALLER = (Object.keys(CALLERS) as Caller[]).filter((caller) => caller !== 'anonymous');
const HOME_RELEASERS: Caller[] = [
  'hiringManagerSame',
  'hrAdminSame',
  'hrAdminCrossGovernment',
  'plannerSame',
  'plannerCrossGovernment',
];
const HOST_ACCEPTORS: Caller[] = ['hiringManagerOther', 'hrAdminOther', 'hrAdminCrossGovernment'];
const MOVE_MANAGERS: Caller[] = [
  'hrAdminSame',
  'hrAdminOther',
  'hrAdminCrossGovernment',
  'plannerSame',
  'plannerOther',
  'plannerCrossGovernment',
];

// Reallocation plans (issue 7): a scope of HOME and HOST, so planners of either department may plan it; each plan to
// read or approve is a fresh one HOME's planner made (a department's plan: its planners and cross-government ones).
const planInput = () => ({
  scope: { departments: [HOME, HOST], professions: ['Statistics'], grades: ['HEO'] },
  targetDate: inDays(60),
});
const CREATE_PLAN = `mutation($input: CreateReallocationPlanInput!) { createReallocationPlan(input: $input) { id version } }`;
const WHAT_IF = `query($input: CreateReallocationPlanInput!) { whatIf(input: $input) { totalScore } }`;
async function freshPlanId(): Promise<string> {
  const created = await moves(CALLERS.plannerSame(), CREATE_PLAN, { input: planInput() });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return created.data!.createReallocationPlan.id;
}
const PLANNERS: Caller[] = ['plannerSame', 'plannerOther', 'plannerCrossGovernment'];

const RECOMMENDED_OPPORTUNITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Person { recommendedOpportunities(first: 3) { score vacancy { id } } }
} }`;
const SUGGESTED_CANDIDATES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Vacancy { suggestedCandidates(first: 3) { score person { id } } }
} }`;
/** Waits until moves has taken the vacancy in: suggestions load it from moves' read model. */
async function knownToMoves(vacancyId: string): Promise<void> {
  await expectEventually(async () => {
    const known = await moves(CALLERS.hrAdminCrossGovernment(), KNOWN_TO_MOVES, {
      r: [{ __typename: 'Vacancy', id: vacancyId }],
    });
    expect(known.data?._entities).toEqual([{ knownToMoves: true }]);
  });
}

const DEPARTMENT_CAPACITY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Department { capacity { grade inPost behind(figure: SUBSTANTIVE, first: 1) { edges { cursor } } } }
} }`;
const CAPACITY_READERS: Caller[] = [
  'hrAdminSame',
  'hrAdminCrossGovernment',
  'plannerSame',
  'plannerCrossGovernment',
  'serviceSame',
];

// prettier-ignore
const TABLE: { operation: string; call: Call; expect: Record<Caller, Outcome> }[] = [
  {
    operation: 'Mutation.registerPerson',
    call: (identity) => people(identity, REGISTER_PERSON, { input: personInput() }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'Query.person',
    call: (identity) => people(identity, PERSON, { id: subject.personId }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: FORBIDDEN, plannerCrossGovernment: ALLOW,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // Federation resolving a Person another subgraph refers to: the same policy, refused entity by entity.
    operation: 'Person (reference, people)',
    call: (identity) => people(identity, PERSON_ENTITIES, { r: [personRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: FORBIDDEN, plannerCrossGovernment: ALLOW,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'Person.knownToMoves',
    call: (identity) => moves(identity, KNOWN_TO_MOVES, { r: [personRefWithDepartment()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: FORBIDDEN, plannerCrossGovernment: ALLOW,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'Mutation.createVacancy',
    call: (identity) => vacancies(identity, CREATE_VACANCY, { input: vacancyInput() }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: ALLOW, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'Query.vacancy',
    call: (identity) => vacancies(identity, VACANCY, { id: subject.vacancyId }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: ALLOW,
    },
  },
  {
    operation: 'Query.vacancy (a draft)',
    call: (identity) => vacancies(identity, VACANCY, { id: subject.draftVacancyId }),
    expect: READ_DRAFT_VACANCY,
  },
  {
    operation: 'Mutation.updateVacancy',
    call: async (identity) => vacancies(identity, UPDATE_VACANCY, { id: await freshVacancy() }),
    expect: MANAGE_VACANCY,
  },
  {
    operation: 'Mutation.publishVacancy',
    call: async (identity) => vacancies(identity, PUBLISH_VACANCY, { id: await freshVacancy() }),
    expect: MANAGE_VACANCY,
  },
  {
    operation: 'Mutation.closeVacancy',
    call: async (identity) => vacancies(identity, CLOSE_VACANCY, { id: await freshVacancy(true) }),
    expect: MANAGE_VACANCY,
  },
  {
    operation: 'Mutation.cancelVacancy',
    call: async (identity) => vacancies(identity, CANCEL_VACANCY, { id: await freshVacancy(true) }),
    expect: MANAGE_VACANCY,
  },
  {
    operation: 'Vacancy (reference, vacancies) (a draft)',
    call: (identity) =>
      vacancies(identity, VACANCY_ENTITIES, { r: [{ __typename: 'Vacancy', id: subject.draftVacancyId }] }),
    expect: READ_DRAFT_VACANCY,
  },
  {
    operation: 'Vacancy (reference, vacancies)',
    call: (identity) => vacancies(identity, VACANCY_ENTITIES, { r: [vacancyRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: ALLOW,
    },
  },
  {
    operation: 'Vacancy.knownToMoves',
    call: (identity) => moves(identity, KNOWN_TO_MOVES, { r: [vacancyRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: ALLOW,
    },
  },
  {
    operation: 'Query.readModelStatus',
    call: (identity) => moves(identity, READ_MODEL_STATUS),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: FORBIDDEN,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: ALLOW,
    },
  },
  {
    operation: 'Query.auditTrail',
    call: (identity) => people(identity, AUDIT_TRAIL, { id: subject.personId }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // Everyone's own data: every caller who is a person gets theirs; a department system is nobody.
    operation: 'Query.myData',
    call: (identity) => people(identity, MY_DATA),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // The subject's MyData, asked for by key: only the subject, whatever anyone else's role.
    operation: 'MyData (reference, people)',
    call: (identity) => people(identity, MY_DATA_ENTITIES, { r: [myDataRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: FORBIDDEN,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'MyData.moves',
    call: (identity) => moves(identity, MY_DATA_MOVES, { r: [myDataRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: FORBIDDEN,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'MyData.vacancies',
    call: (identity) => vacancies(identity, MY_DATA_VACANCIES, { r: [myDataRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: FORBIDDEN,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // The caller's scope is part of the query: allowed callers get a page of whom they may see.
    operation: 'Query.people',
    call: (identity) => people(identity, PEOPLE_SEARCH),
    expect: PEOPLE_SEARCHERS,
  },
  {
    // A department's code is public: any signed-in caller may resolve it.
    operation: 'Department (reference, people)',
    call: (identity) => people(identity, DEPARTMENT_ENTITIES, { r: [departmentRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: ALLOW,
    },
  },
  {
    operation: 'Department.headcount',
    call: (identity) => people(identity, DEPARTMENT_HEADCOUNT, { r: [departmentRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: FORBIDDEN, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: FORBIDDEN,
    },
  },
  {
    operation: 'Department.people',
    call: (identity) => people(identity, DEPARTMENT_PEOPLE, { r: [departmentRef()] }),
    expect: PEOPLE_SEARCHERS,
  },
  // Organisations (vacancies owns Department): public like the reference data, and added by cross-government HR alone.
  { operation: 'Query.departments', call: (identity) => vacancies(identity, DEPARTMENTS), expect: READ_REFERENCE_DATA },
  {
    operation: 'Query.department',
    call: (identity) => vacancies(identity, DEPARTMENT, { code: HOME }),
    expect: READ_REFERENCE_DATA,
  },
  {
    operation: 'Department (reference, vacancies)',
    call: (identity) => vacancies(identity, VACANCIES_DEPARTMENT_ENTITIES, { r: [departmentRef()] }),
    expect: READ_REFERENCE_DATA,
  },
  {
    operation: 'Mutation.addOrganisation',
    call: (identity) =>
      vacancies(identity, ADD_ORGANISATION, { input: { code: uniqueCode(), name: 'Test body', type: 'OTHER_BODY' } }),
    expect: MANAGE_REFERENCE_DATA,
  },
  {
    // A department's HR and planners set its funded posts; cross-government ones any department's.
    operation: 'Mutation.setEstablishment',
    call: (identity) => vacancies(identity, SET_ESTABLISHMENT, { input: establishmentInput() }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: FORBIDDEN, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: ALLOW, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: FORBIDDEN, plannerCrossGovernment: ALLOW,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // Funded posts are about posts, not people: every person in any role reads them; a system its own department's.
    operation: 'Department.establishment',
    call: (identity) => vacancies(identity, DEPARTMENT_ESTABLISHMENT, { r: [departmentRef()] }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: ALLOW,
      hiringManagerSame: ALLOW, hiringManagerOther: ALLOW,
      hrAdminSame: ALLOW, hrAdminOther: ALLOW, hrAdminCrossGovernment: ALLOW,
      plannerSame: ALLOW, plannerOther: ALLOW, plannerCrossGovernment: ALLOW,
      serviceSame: ALLOW, serviceOther: FORBIDDEN,
    },
  },
  {
    // The caller's own record: every caller with a person id may ask; only the subject has a record here.
    operation: 'Query.me',
    call: (identity) => people(identity, ME),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: NOT_FOUND,
      hiringManagerSame: NOT_FOUND, hiringManagerOther: NOT_FOUND,
      hrAdminSame: NOT_FOUND, hrAdminOther: NOT_FOUND, hrAdminCrossGovernment: NOT_FOUND,
      plannerSame: NOT_FOUND, plannerOther: NOT_FOUND, plannerCrossGovernment: NOT_FOUND,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  {
    // Only name and location, which the person may change themselves; employment fields are HR's (unit-tested).
    operation: 'Mutation.updatePerson',
    call: async (identity) => {
      const current = await people(CALLERS.hrAdminSame(), PERSON_VERSION, { id: subject.personId });
      const v = current.data!.person.version;
      return people(identity, UPDATE_PERSON, { id: subject.personId, input: { location: 'Leeds' }, v });
    },
    expect: PROFILE_EDIT,
  },
  {
    operation: 'Mutation.setSkills',
    call: (identity) => people(identity, SET_SKILLS, { id: subject.personId }),
    expect: PROFILE_EDIT,
  },
  {
    operation: 'Mutation.setSkillsToDevelop',
    call: (identity) => people(identity, SET_SKILLS_TO_DEVELOP, { id: subject.personId }),
    expect: PROFILE_EDIT,
  },
  {
    // Consent is the person's own: nobody else, HR included, may set it.
    operation: 'Mutation.setMobilityPreferences',
    call: (identity) => people(identity, SET_MOBILITY_PREFERENCES, { id: subject.personId }),
    expect: {
      anonymous: UNAUTHENTICATED,
      employeeSelf: ALLOW, employeeOther: FORBIDDEN,
      hiringManagerSame: FORBIDDEN, hiringManagerOther: FORBIDDEN,
      hrAdminSame: FORBIDDEN, hrAdminOther: FORBIDDEN, hrAdminCrossGovernment: FORBIDDEN,
      plannerSame: FORBIDDEN, plannerOther: FORBIDDEN, plannerCrossGovernment: FORBIDDEN,
      serviceSame: FORBIDDEN, serviceOther: FORBIDDEN,
    },
  },
  // Record-of-employment changes each act on a fresh DWP person, so that closing a record cannot affect other rows.
  {
    operation: 'Mutation.joinSpecialistTrack',
    call: async (identity) => people(identity, JOIN_TRACK, { id: await freshPerson() }),
    expect: RECORD_MANAGEMENT,
  },
  {
    operation: 'Mutation.leaveSpecialistTrack',
    call: async (identity) => {
      const id = await freshPerson();
      await people(CALLERS.hrAdminSame(), JOIN_TRACK, { id });
      return people(identity, LEAVE_TRACK, { id });
    },
    expect: RECORD_MANAGEMENT,
  },
  {
    operation: 'Mutation.recordLeaver',
    call: async (identity) => people(identity, RECORD_LEAVER, { id: await freshPerson() }),
    expect: RECORD_MANAGEMENT,
  },
  { operation: 'Query.grades', call: (identity) => people(identity, GRADES), expect: READ_REFERENCE_DATA },
  { operation: 'Query.professions', call: (identity) => people(identity, PROFESSIONS), expect: READ_REFERENCE_DATA },
  { operation: 'Query.skills', call: (identity) => people(identity, SKILLS), expect: READ_REFERENCE_DATA },
  {
    operation: 'Query.specialistTracks',
    call: (identity) => people(identity, SPECIALIST_TRACKS),
    expect: READ_REFERENCE_DATA,
  },
  {
    operation: 'Query.clearanceLevels',
    call: (identity) => people(identity, CLEARANCE_LEVELS),
    expect: READ_REFERENCE_DATA,
  },
  {
    operation: 'Query.referenceDataVersion',
    call: (identity) => people(identity, REFERENCE_DATA_VERSION),
    expect: READ_REFERENCE_DATA,
  },
  {
    operation: 'Mutation.addProfession',
    call: (identity) =>
      people(identity, ADD_PROFESSION, { input: { name: `Profession ${unique()}`, group: 'SPECIALIST' } }),
    expect: MANAGE_REFERENCE_DATA,
  },
  {
    operation: 'Mutation.addSkill',
    call: (identity) =>
      people(identity, ADD_SKILL, {
        input: { code: `AUTHZ.TEST.S${unique()}`, name: 'Test skill', kind: 'SKILL', framework: 'AUTHZ' },
      }),
    expect: MANAGE_REFERENCE_DATA,
  },
  {
    operation: 'Mutation.addSpecialistTrack',
    call: (identity) =>
      people(identity, ADD_TRACK, {
        input: { code: `AUTHZ.T${unique()}`, profession: 'Statistics', specialism: 'Test', gradeLadder: ['HEO', 'SEO'] },
      }),
    expect: MANAGE_REFERENCE_DATA,
  },
  {
    operation: 'Mutation.updateSpecialistTrack',
    call: (identity) =>
      people(identity, UPDATE_TRACK, { input: { code: 'GSS.STATISTICS', minimumAssignmentMonths: 36 } }),
    expect: MANAGE_REFERENCE_DATA,
  },
  { operation: 'Query.vacancies', call: (identity) => vacancies(identity, VACANCY_SEARCH), expect: CIVIL_SERVANTS },
  {
    operation: 'Mutation.saveSearch',
    call: (identity) => vacancies(identity, SAVE_SEARCH, { input: { name: `authz ${uuidv7()}` } }),
    expect: CIVIL_SERVANTS,
  },
  { operation: 'Mutation.deleteSavedSearch', call: saveThenDelete, expect: CIVIL_SERVANTS },
  {
    operation: 'Query.mySavedSearches',
    call: (identity) => vacancies(identity, MY_SAVED_SEARCHES),
    expect: CIVIL_SERVANTS,
  },
  { operation: 'Query.myAlerts', call: (identity) => vacancies(identity, MY_ALERTS), expect: CIVIL_SERVANTS },
  {
    operation: 'Mutation.markAlertRead',
    call: (identity) => vacancies(identity, MARK_ALERT_READ, { id: uuidv7() }),
    expect: CIVIL_SERVANTS_NOTHING_THERE,
  },
  {
    operation: 'Mutation.markAllAlertsRead',
    call: (identity) => vacancies(identity, MARK_ALL_ALERTS_READ),
    expect: CIVIL_SERVANTS,
  },
  {
    operation: 'Mutation.proposeMove',
    call: (identity) => moves(identity, PROPOSE_MOVE, { input: loanInput(subject.personId) }),
    expect: only(['plannerSame', 'plannerOther', 'plannerCrossGovernment']),
  },
  {
    operation: 'Mutation.consentToMove',
    call: async (identity) => moves(identity, MOVE_ID('consentToMove'), { id: await freshMoveId() }),
    expect: only(['employeeSelf']),
  },
  {
    operation: 'Mutation.withdrawMove',
    call: async (identity) => moves(identity, MOVE_ID('withdrawMove'), { id: await freshMoveId() }),
    expect: only(['employeeSelf']),
  },
  {
    operation: 'Mutation.agreeRelease',
    call: async (identity) =>
      moves(identity, `mutation($id: ID!) { agreeRelease(moveId: $id, releaseOn: "${inDays(40)}") { id } }`, {
        id: await freshMoveId(),
      }),
    expect: only(HOME_RELEASERS),
  },
  {
    operation: 'Mutation.declineRelease',
    call: async (identity) =>
      moves(identity, MOVE_ID('declineRelease', ', reason: "Cannot backfill"'), { id: await freshMoveId() }),
    expect: only(HOME_RELEASERS),
  },
  {
    operation: 'Mutation.acceptMove',
    call: async (identity) => moves(identity, MOVE_ID('acceptMove'), { id: await freshMoveId() }),
    expect: only(HOST_ACCEPTORS),
  },
  {
    operation: 'Mutation.declineMove',
    call: async (identity) =>
      moves(identity, MOVE_ID('declineMove', ', reason: "Team is full"'), { id: await freshMoveId() }),
    expect: only(HOST_ACCEPTORS),
  },
  {
    operation: 'Mutation.releaseTenureHold',
    call: async (identity) =>
      moves(identity, MOVE_ID('releaseTenureHold', ', reason: "Critical migration needs them now"'), {
        id: await heldMoveId(),
      }),
    expect: only(['plannerSame', 'plannerCrossGovernment']),
  },
  {
    operation: 'Mutation.cancelMove',
    call: async (identity) =>
      moves(identity, MOVE_ID('cancelMove', ', reason: "Programme paused"'), { id: await freshMoveId() }),
    expect: only(MOVE_MANAGERS),
  },
  {
    operation: 'Mutation.extendMove',
    call: async (identity) =>
      moves(identity, MOVE_ID('extendMove', `, endsOn: "${inDays(500)}"`), { id: await startedMoveId() }),
    expect: only(MOVE_MANAGERS),
  },
  {
    operation: 'Mutation.makeMovePermanent',
    call: async (identity) => moves(identity, MOVE_ID('makeMovePermanent'), { id: await startedMoveId() }),
    expect: only(MOVE_MANAGERS),
  },
  {
    // The mover, and whoever acts on the move in either department (a department's systems read theirs).
    operation: 'Query.move',
    call: async (identity) =>
      moves(identity, `query($id: ID!) { move(moveId: $id) { id timeline { type } } }`, { id: await freshMoveId() }),
    expect: only(EVERY_CALLER.filter((caller) => caller !== 'employeeOther')),
  },
  // Lists: every caller may ask; each row is filtered by READ_MOVE in the query (services/moves test the filtering).
  { operation: 'Query.moves', call: (identity) => moves(identity, `{ moves(first: 5) { edges { node { id } } } }`), expect: only(EVERY_CALLER) },
  { operation: 'Query.myMoves', call: (identity) => moves(identity, `{ myMoves(first: 5) { edges { node { id } } } }`), expect: only(EVERY_CALLER) },
  { operation: 'Query.approvalsQueue', call: (identity) => moves(identity, `{ approvalsQueue { id } }`), expect: only(EVERY_CALLER) },
  { operation: 'Query.myApplications', call: (identity) => moves(identity, `{ myApplications { id } }`), expect: only(EVERY_CALLER) },
  {
    // Employees apply as themselves; someone moves has never heard of is NOT_FOUND.
    operation: 'Mutation.applyForVacancy',
    call: applyAs,
    expect: { ...only(['employeeSelf']), employeeOther: NOT_FOUND },
  },
  {
    operation: 'Mutation.withdrawApplication',
    call: async (identity) => moves(identity, APPLICATION_ID('withdrawApplication'), { id: await applicationId() }),
    expect: only(['employeeSelf']),
  },
  {
    operation: 'Mutation.shortlistApplicant',
    call: async (identity) => moves(identity, APPLICATION_ID('shortlistApplicant'), { id: await applicationId() }),
    expect: only(HOST_ACCEPTORS),
  },
  {
    operation: 'Mutation.rejectApplicant',
    call: async (identity) =>
      moves(identity, APPLICATION_ID('rejectApplicant', ', feedback: "Others had more survey design"'), {
        id: await applicationId(),
      }),
    expect: only(HOST_ACCEPTORS),
  },
  {
    operation: 'Mutation.offerMove',
    call: async (identity) =>
      moves(
        identity,
        `mutation($id: ID!) { offerMove(applicationId: $id, terms: { startsOn: "${inDays(60)}", payer: HOST }) { id } }`,
        { id: await applicationId() },
      ),
    expect: only(HOST_ACCEPTORS),
  },
  { operation: 'Mutation.createReallocationPlan', call: (identity) => moves(identity, CREATE_PLAN, { input: planInput() }), expect: only(PLANNERS) },
  { operation: 'Query.whatIf', call: (identity) => moves(identity, WHAT_IF, { input: planInput() }), expect: only(PLANNERS) },
  {
    operation: 'Query.reallocationPlan',
    call: async (identity) =>
      moves(identity, `query($id: ID!) { reallocationPlan(id: $id) { id moves { personId } capacity { departmentCode } } }`, {
        id: await freshPlanId(),
      }),
    expect: only(['plannerSame', 'plannerCrossGovernment']),
  },
  {
    operation: 'Mutation.approveReallocationPlan',
    call: async (identity) =>
      moves(identity, `mutation($id: ID!) { approveReallocationPlan(id: $id, expectedVersion: 1) { id status } }`, {
        id: await freshPlanId(),
      }),
    expect: only(['plannerSame', 'plannerCrossGovernment']),
  },
  // Every planner may list; each sees their department's plans (or all, cross-government).
  { operation: 'Query.reallocationPlans', call: (identity) => moves(identity, `{ reallocationPlans(first: 5) { edges { node { id } } } }`), expect: only(PLANNERS) },
  // Matching (issue 7): a person's prospects are theirs and their department's HR and planners'; a vacancy's suggested
  // candidates are its department's hiring managers' and planners'. Who is suggested is services/moves/test/matching*.
  {
    operation: 'Person.recommendedOpportunities',
    call: (identity) => moves(identity, RECOMMENDED_OPPORTUNITIES, { r: [personRefWithDepartment()] }),
    expect: only(['employeeSelf', 'hrAdminSame', 'hrAdminCrossGovernment', 'plannerSame', 'plannerCrossGovernment']),
  },
  {
    operation: 'Vacancy.suggestedCandidates',
    call: async (identity) => {
      await knownToMoves(subject.vacancyId);
      return moves(identity, SUGGESTED_CANDIDATES, { r: [vacancyRef()] });
    },
    expect: only(['hiringManagerSame', 'plannerSame', 'plannerCrossGovernment']),
  },
  // Capacity (issue 7): a department's planners and HR (every department's when cross-government) and its own systems;
  // it drills down to names, so not employees or hiring managers. The overview may be asked by all of those roles and
  // shows each the departments they may read. What the figures are: services/moves/test/capacity*.int-spec.ts.
  {
    operation: 'Department.capacity',
    call: async (identity) => {
      // Once moves has the subject person, DWP has a line, so its drill-down (CapacityLine.behind) is judged too.
      await expectEventually(async () => {
        const lines = await moves(CALLERS.plannerCrossGovernment(), DEPARTMENT_CAPACITY, { r: [departmentRef()] });
        expect(lines.data?._entities[0].capacity.length).toBeGreaterThan(0);
      });
      return moves(identity, DEPARTMENT_CAPACITY, { r: [departmentRef()] });
    },
    expect: only(CAPACITY_READERS),
  },
  {
    operation: 'Query.capacityOverview',
    call: (identity) => moves(identity, `{ capacityOverview(first: 5) { departmentCode gap } }`),
    expect: only([...CAPACITY_READERS, 'hrAdminOther', 'plannerOther', 'serviceOther']),
  },
  {
    operation: 'Query.capacityForecast',
    call: (identity) => moves(identity, `{ capacityForecast(department: "${HOME}", months: 2) { month inPost } }`),
    expect: only(CAPACITY_READERS),
  },
];

/** ALLOW when the operation answered with data and no error; otherwise the one error code it answered with. */
function outcomeOf(response: GraphQLResponse): string {
  const codes = [...new Set((response.errors ?? []).map((error) => error.extensions?.code))];
  if (codes.length > 0) return codes.join(',');
  const [answer] = Object.values(response.data ?? {});
  // A list may be empty (no audit entries yet), but a refused entity in `_entities` is a null in it.
  const answered = Array.isArray(answer) ? answer.every((item) => item !== null) : answer != null;
  return answered ? ALLOW : 'NO DATA';
}

function rootFieldsOfSupergraph(): string[] {
  const supergraph = parse(readFileSync(resolve(__dirname, 'supergraph.graphql'), 'utf8'));
  return supergraph.definitions.flatMap((definition) =>
    definition.kind === 'ObjectTypeDefinition' && ['Query', 'Mutation'].includes(definition.name.value)
      ? (definition.fields ?? []).map((field) => `${definition.name.value}.${field.name.value}`)
      : [],
  );
}

describe('authorization: every operation, every role and scope (real subgraphs and PostgreSQL)', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];
  const transport = new InProcessTransport();

  async function start(
    create: (runtime: {
      gatewayKeys: TestGatewayKeys['gatewayKeys'];
      databaseUrl: string;
    }) => Promise<INestApplication>,
    name: string,
    keys: TestGatewayKeys,
  ) {
    const database = await createTestDatabase(`authz_${name}`);
    databases.push(database);
    const app = await create({ gatewayKeys: keys.gatewayKeys, databaseUrl: database.url });
    apps.push(app);
    const client = keys.clientFor(`${await listenOnFreePort(app)}/graphql`, name);
    return (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
      client(identity, query, variables);
  }

  beforeAll(async () => {
    const keys = await TestGatewayKeys.create();
    people = await start((runtime) => createPeopleApp({ ...runtime, transport, logger }), 'people', keys);
    vacancies = await start(
      (runtime) => createVacanciesApp({ ...runtime, transport, logger }),
      'vacancies',
      keys,
    );
    moves = await start(
      (runtime) =>
        createMovesApp({ ...runtime, transport, logger, consumerGroupId: `moves-authz-${uuidv7()}` }),
      'moves',
      keys,
    );
    movesApp = apps[apps.length - 1];
    const registered = await people(CALLERS.hrAdminSame(), REGISTER_PERSON, { input: personInput() });
    subject.personId = registered.data!.registerPerson.id;
    subject.vacancyId = await freshVacancy(true);
    subject.draftVacancyId = await freshVacancy();
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await transport.close();
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('has a row for every Query and Mutation in the composed supergraph', () => {
    const rows = new Set(TABLE.map((row) => row.operation));
    expect(rootFieldsOfSupergraph().filter((field) => !rows.has(field))).toEqual([]);
  });

  describe.each(TABLE)('$operation', (row) => {
    it.each(Object.keys(CALLERS) as Caller[])('%s', async (caller) => {
      const response = await row.call(CALLERS[caller]());
      expect(outcomeOf(response)).toBe(row.expect[caller]);
    });
  });

  it('refuses one unreadable entity of a batch alone, at its own path', async () => {
    const other = await people(CALLERS.hrAdminOther(), REGISTER_PERSON, { input: personInput(ELSEWHERE) });
    const otherRef = { __typename: 'Person', id: other.data!.registerPerson.id };

    const response = await people(CALLERS.hrAdminSame(), PERSON_ENTITIES, { r: [personRef(), otherRef] });

    expect(response.data!._entities).toEqual([{ id: subject.personId }, null]);
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['_entities', 1], extensions: { code: FORBIDDEN } }),
    ]);
  });
});
