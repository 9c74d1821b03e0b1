import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PEOPLE_SOURCE,
  PersonRegisteredV1,
  uuidv7,
  VACANCIES_SOURCE,
  VACANCIES_VACANCY_TOPIC,
  VacancyClosedV1,
  VacancyPublishedV1,
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

function vacancyPublished(vacancyId: string, version = 1) {
  const data: VacancyPublishedV1 = {
    vacancyId,
    departmentCode: 'HO',
    title: 'Policy adviser',
    grade: 'SEO',
    profession: 'Policy',
    moveKinds: ['LEVEL_TRANSFER'],
    posts: 3,
    ftePerPost: 0.5,
    locations: ['London'],
    remotePossible: false,
    requiredSkills: [],
    behaviours: ['Working Together'],
    closingDate: '2027-01-31',
    visibility: 'ALL_DEPARTMENTS',
    status: 'OPEN',
  };
  return envelope(VACANCIES_SOURCE, 'VacancyPublished', vacancyId, version, data);
}

function vacancyClosed(vacancyId: string, version: number) {
  const data: VacancyClosedV1 = {
    vacancyId,
    departmentCode: 'HO',
    status: 'CLOSED',
    changedOn: '2027-02-01',
  };
  return envelope(VACANCIES_SOURCE, 'VacancyClosed', vacancyId, version, data);
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

  it('keeps the tenure dates every person event carries, and the track with its ladder', async () => {
    const personId = uuidv7();
    await publish(PEOPLE_PERSON_TOPIC, personRegistered(personId, 1));
    const tenure = { personId, minimumTermEndsOn: '2027-01-08', eligibleToMoveFrom: '2027-01-08' };
    const joined = {
      ...tenure,
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      joinedOn: '2024-06-01',
      trackProfession: 'Digital, Data and Technology',
      trackSpecialism: 'Data science',
      trackGrades: ['HEO', 'SEO', 'G7'],
    };
    await publish(PEOPLE_PERSON_TOPIC, envelope(PEOPLE_SOURCE, 'PersonTrackChanged', personId, 2, joined));
    const row = async () =>
      (
        await dataSource.query(
          `SELECT minimum_term_ends_on::text, specialist_track_code, specialist_track, version
             FROM person_read_model WHERE person_id = $1`,
          [personId],
        )
      )[0];
    await expectEventually(async () =>
      expect(await row()).toEqual({
        minimum_term_ends_on: '2027-01-08',
        specialist_track_code: 'DDAT.DATA_SCIENCE',
        specialist_track: {
          profession: 'Digital, Data and Technology',
          specialism: 'Data science',
          grades: ['HEO', 'SEO', 'G7'],
        },
        version: 2,
      }),
    );
    // Leaving the track clears it; an older event arriving late changes nothing.
    await publish(PEOPLE_PERSON_TOPIC, envelope(PEOPLE_SOURCE, 'PersonTrackChanged', personId, 4, tenure));
    await publish(PEOPLE_PERSON_TOPIC, envelope(PEOPLE_SOURCE, 'PersonTrackChanged', personId, 3, joined));
    await expectEventually(async () =>
      expect(await row()).toMatchObject({ specialist_track_code: null, specialist_track: null, version: 4 }),
    );
  });

  it('takes a VacancyPublished event into the vacancy read model, then its status from VacancyClosed', async () => {
    const vacancyId = uuidv7();

    await publish(VACANCIES_VACANCY_TOPIC, vacancyPublished(vacancyId));

    await expectEventually(async () => expect(await known('Vacancy', vacancyId)).toBe(true));
    const row = () =>
      dataSource.query(`SELECT posts, status, version FROM vacancy_read_model WHERE vacancy_id = $1`, [
        vacancyId,
      ]);
    expect(await row()).toEqual([{ posts: 3, status: 'OPEN', version: 1 }]);

    await publish(VACANCIES_VACANCY_TOPIC, vacancyClosed(vacancyId, 2));

    await expectEventually(async () =>
      expect(await row()).toEqual([{ posts: 3, status: 'CLOSED', version: 2 }]),
    );
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
