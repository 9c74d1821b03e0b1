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
import { createPeopleApp } from '../../services/people/src/app';
import { createVacanciesApp } from '../../services/vacancies/src/app';

const logger = createRootLogger({ level: (process.env.TEST_LOG_LEVEL as 'error') ?? 'error' });

const ALLOW = 'ALLOW';
const FORBIDDEN = 'FORBIDDEN';
const UNAUTHENTICATED = 'UNAUTHENTICATED';
type Outcome = typeof ALLOW | typeof FORBIDDEN | typeof UNAUTHENTICATED;

// The subject of every row is a person and a vacancy of DWP; each caller stands somewhere relative to them.
const HOME = 'DWP';
const ELSEWHERE = 'HMRC';
const subject = { personId: '', vacancyId: '' };

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

const vacancyInput = (departmentCode = HOME) => ({
  departmentCode,
  title: 'Statistician',
  description: 'Produce the labour market statistics.',
  grade: 'HEO',
  profession: 'Statistics',
  posts: 1,
  ftePerPost: 1,
});

const REGISTER_PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id givenName } }`;
const CREATE_VACANCY = `mutation($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`;
const VACANCY = `query($id: ID!) { vacancy(id: $id) { id title } }`;
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
const myDataRef = () => ({ __typename: 'MyData', personId: subject.personId });

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
    const registered = await people(CALLERS.hrAdminSame(), REGISTER_PERSON, { input: personInput() });
    subject.personId = registered.data!.registerPerson.id;
    const created = await vacancies(CALLERS.hiringManagerSame(), CREATE_VACANCY, { input: vacancyInput() });
    subject.vacancyId = created.data!.createVacancy.id;
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
