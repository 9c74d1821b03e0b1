import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PEOPLE_SOURCE,
  PersonRegisteredV1,
  uuidv7,
  VACANCIES_SOURCE,
  VACANCIES_VACANCY_TOPIC,
  VacancyCreatedV1,
} from '@civil/contracts';
import { schemaAfterTwoStarts, ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createMovesApp } from '../src/app';

const TOPICS = [PEOPLE_PERSON_TOPIC, VACANCIES_VACANCY_TOPIC];

const KNOWN = `query Known($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id knownToMoves } ... on Vacancy { id knownToMoves } }
}`;

function envelope<T>(
  source: string,
  type: string,
  subject: string,
  version: number,
  data: T,
): IntegrationEvent<T> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source,
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: version,
    traceid: 'moves-test',
    data,
  };
}

function personRegistered(personId: string, version: number, grade = 'HEO') {
  const data: PersonRegisteredV1 = {
    personId,
    departmentCode: 'DWP',
    grade,
    profession: 'Operational Delivery',
    fte: 1,
    startedInPostOn: '2024-01-08',
    status: 'ACTIVE',
  };
  return envelope(PEOPLE_SOURCE, 'PersonRegistered', personId, version, data);
}

function vacancyCreated(vacancyId: string) {
  const data: VacancyCreatedV1 = {
    vacancyId,
    departmentCode: 'HO',
    grade: 'SEO',
    profession: 'Policy',
    posts: 3,
    ftePerPost: 0.5,
    status: 'DRAFT',
  };
  return envelope(VACANCIES_SOURCE, 'VacancyCreated', vacancyId, 1, data);
}

// A cross-government planner may read every person, vacancy and the read-model status. What others may do is
// infra/graphql/authorization.int-spec.ts's business.
const PLANNER = testIdentity({ roles: ['WORKFORCE_PLANNER'], crossGovernment: true });
let moves: ServiceUnderTest;
const call = (query: string, variables: Record<string, unknown> = {}) =>
  moves.call(PLANNER, query, variables);

describe('moves service (real PostgreSQL and Kafka)', () => {
  let dataSource: DataSource;

  const publish = (topic: string, ...events: IntegrationEvent<object>[]) =>
    moves.transport.publish(
      topic,
      events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    );
  const known = async (typename: 'Person' | 'Vacancy', id: string) =>
    (await call(KNOWN, { representations: [{ __typename: typename, id }] })).data!._entities[0].knownToMoves;

  beforeAll(async () => {
    // A group of our own: the topics are shared with other test files, and we filter by the ids we publish.
    moves = await ServiceUnderTest.start({ service: 'moves', topics: TOPICS, create: createMovesApp });
    dataSource = moves.app.get(DataSource);
  });

  afterAll(async () => {
    await moves?.close();
  });

  it('takes a PersonRegistered event into the person read model', async () => {
    const personId = uuidv7();
    expect(await known('Person', personId)).toBe(false);

    await publish(PEOPLE_PERSON_TOPIC, personRegistered(personId, 1));

    await expectEventually(async () => expect(await known('Person', personId)).toBe(true));
    const [row] = await dataSource.query(
      `SELECT grade, fte, started_in_post_on::text, version FROM person_read_model WHERE person_id = $1`,
      [personId],
    );
    expect(row).toEqual({ grade: 'HEO', fte: '1.00', started_in_post_on: '2024-01-08', version: 1 });
  });

  it('takes a VacancyCreated event into the vacancy read model', async () => {
    const vacancyId = uuidv7();

    await publish(VACANCIES_VACANCY_TOPIC, vacancyCreated(vacancyId));

    await expectEventually(async () => expect(await known('Vacancy', vacancyId)).toBe(true));
    const [row] = await dataSource.query(
      `SELECT posts, status FROM vacancy_read_model WHERE vacancy_id = $1`,
      [vacancyId],
    );
    expect(row).toEqual({ posts: 3, status: 'DRAFT' });
  });

  it('applies a redelivered event once and never lets an older version overwrite a newer one', async () => {
    const personId = uuidv7();
    const newer = personRegistered(personId, 2, 'SEO');
    const older = personRegistered(personId, 1, 'EO');

    // One key, one partition, in order: once the older event is recorded, the duplicate before it was handled too.
    await publish(PEOPLE_PERSON_TOPIC, newer, newer, older);

    await expectEventually(async () => {
      const rows = await dataSource.query(
        `SELECT event_id, outcome FROM inbox_message WHERE subject = $1 ORDER BY event_id`,
        [personId],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { event_id: newer.id, outcome: 'applied' },
          { event_id: older.id, outcome: 'stale' },
        ]),
      );
      expect(rows).toHaveLength(2);
    });
    const [row] = await dataSource.query(
      `SELECT grade, version FROM person_read_model WHERE person_id = $1`,
      [personId],
    );
    expect(row).toEqual({ grade: 'SEO', version: 2 });
  });

  it('takes every later person event in: details and leaving projected, skills, preferences and tracks acknowledged', async () => {
    const personId = uuidv7();
    const tenure = { minimumTermEndsOn: '2025-01-08', eligibleToMoveFrom: '2025-01-08' };
    const events = [
      personRegistered(personId, 1),
      envelope(PEOPLE_SOURCE, 'PersonSkillsChanged', personId, 2, {
        personId,
        skills: [{ skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', level: 'EXPERT' }],
        skillsToDevelop: [],
        ...tenure,
      }),
      envelope(PEOPLE_SOURCE, 'PersonPreferencesChanged', personId, 3, {
        personId,
        openToMove: true,
        moveKindsWanted: ['LOAN'],
        departmentsWanted: [],
        locationsWanted: [],
        shareProfileAcrossDepartments: false,
        ...tenure,
      }),
      envelope(PEOPLE_SOURCE, 'PersonTrackChanged', personId, 4, { personId, ...tenure }),
      envelope(PEOPLE_SOURCE, 'PersonDetailsChanged', personId, 5, {
        personId,
        departmentCode: 'HMRC',
        grade: 'SEO',
        profession: 'Operational Delivery',
        fte: 0.8,
        startedInPostOn: '2026-01-05',
        status: 'ACTIVE',
        employmentType: 'PERMANENT',
        ...tenure,
      }),
      envelope(PEOPLE_SOURCE, 'PersonLeft', personId, 6, {
        personId,
        departmentCode: 'HMRC',
        leftOn: '2026-12-31',
        ...tenure,
      }),
    ];

    await publish(PEOPLE_PERSON_TOPIC, ...events);

    await expectEventually(async () => {
      const rows = await dataSource.query(`SELECT outcome FROM inbox_message WHERE subject = $1`, [personId]);
      expect(rows).toHaveLength(6);
      expect(rows.every((row: { outcome: string }) => row.outcome === 'applied')).toBe(true);
    });
    const [row] = await dataSource.query(
      `SELECT department_code, grade, status, version FROM person_read_model WHERE person_id = $1`,
      [personId],
    );
    expect(row).toEqual({ department_code: 'HMRC', grade: 'SEO', status: 'LEFT', version: 6 });
  });

  it('reports how much it has taken in, and its health', async () => {
    const status = await call(`{ readModelStatus { people vacancies } }`);
    expect(status.data!.readModelStatus.people).toBeGreaterThanOrEqual(2);
    expect(status.data!.readModelStatus.vacancies).toBeGreaterThanOrEqual(1);

    const health = await fetch(`${moves.baseUrl}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { checks: { transport: unknown } }).checks.transport).toEqual({
      status: 'up',
      kind: 'kafka',
    });
  });

  it('migrates an empty database at start, and changes nothing when started again', async () => {
    const { first, second } = await schemaAfterTwoStarts({ service: 'moves', create: createMovesApp });

    expect(second).toEqual(first);
    expect(first.migrations.map((migration) => migration.name)).toContain('CreateReadModels1795478600000');
  });
});
