import {
  IntegrationEvent,
  MoveEndedV1,
  MoveMadePermanentV1,
  MoveStartedV1,
  MOVES_MOVE_TOPIC,
  MOVES_SOURCE,
  PEOPLE_PERSON_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest, TestServiceRuntime } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createPeopleApp } from '../src/app';

const TOPICS = [PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC, MOVES_MOVE_TOPIC];
const REGISTER = `mutation Register($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }`;
const JOIN = `mutation($id: ID!, $track: String!) { joinSpecialistTrack(personId: $id, trackCode: $track) { version } }`;
const LEAVER = `mutation($id: ID!, $on: String!) { recordLeaver(personId: $id, leftOn: $on) { status } }`;

// HR of the department these tests register people in: the least that may register them and change their record.
const HMRC_HR = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' });

function newPerson(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `MV${suffix}`,
    givenName: 'Mary',
    familyName: 'Jackson',
    workEmail: `mary.${suffix.toLowerCase()}@hmrc.gov.uk`,
    departmentCode: 'HMRC',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    fte: 1,
    startedInPostOn: '2025-04-01',
    ...overrides,
  };
}

/** A moves event as the moves service's outbox would publish it: keyed by the move, at the move's version. */
function moveEvent<T extends { moveId: string }>(
  type: string,
  version: number,
  data: T,
): IntegrationEvent<T> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: MOVES_SOURCE,
    type,
    subject: data.moveId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: version,
    traceid: `move-outcomes-${data.moveId}`,
    data,
  };
}

const started = (personId: string, kind: string, more: Partial<MoveStartedV1> = {}) =>
  moveEvent<MoveStartedV1>('MoveStarted', 5, {
    moveId: uuidv7(),
    personId,
    kind,
    homeDepartmentCode: 'HMRC',
    hostDepartmentCode: 'DWP',
    grade: 'G7',
    startedOn: '2027-01-04',
    ...(kind === 'LOAN' || kind === 'SECONDMENT_OUT' ? { endsOn: '2027-12-31' } : {}),
    ...more,
  });

const facts = ({ moveId, personId, kind, homeDepartmentCode, hostDepartmentCode }: MoveStartedV1) => ({
  moveId,
  personId,
  kind,
  homeDepartmentCode,
  hostDepartmentCode,
});

interface PersonRow {
  department_code: string;
  grade: string;
  status: string;
  started_in_post_on: string;
  version: number;
}
const PERSON_ROW = `SELECT department_code, grade, status, started_in_post_on::text, version FROM person WHERE id = $1`;

describe('people takes in the moves service’s outcomes (real PostgreSQL and Kafka)', () => {
  let people: ServiceUnderTest;
  let dataSource: DataSource;
  let subscription: Subscription;
  const published: IntegrationEvent<Record<string, unknown>>[] = [];

  const publish = (...events: IntegrationEvent<object>[]) =>
    people.transport.publish(
      MOVES_MOVE_TOPIC,
      events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
    );
  const register = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const response = await people.call(HMRC_HR, REGISTER, { input: newPerson(overrides) });
    expect(response.errors).toBeUndefined();
    return response.data!.registerPerson.id;
  };
  const row = async (personId: string): Promise<PersonRow> =>
    (await dataSource.query(PERSON_ROW, [personId]))[0];
  const publishedFor = (personId: string, type: string) =>
    published.filter((event) => event.subject === personId && event.type === type);
  /** The outcome the inbox recorded for each event: a row exists only once its handler's transaction committed. */
  const inboxOutcomes = async (events: IntegrationEvent<object>[]) =>
    (
      await dataSource.query(`SELECT event_id, outcome FROM inbox_message WHERE event_id = ANY($1::uuid[])`, [
        events.map((event) => event.id),
      ])
    ).map((r: { event_id: string; outcome: string }) => r.outcome);

  beforeAll(async () => {
    people = await ServiceUnderTest.start({ service: 'people', topics: TOPICS, create: createPeopleApp });
    dataSource = people.app.get(DataSource);
    // The topic is shared with other test files: a group of our own, read from the start, filtered by our ids.
    subscription = await people.transport.subscribe(
      { groupId: `move-outcomes-test-${uuidv7()}`, topics: [PEOPLE_PERSON_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await people?.close();
  });

  it('a loan: the person is ON_LOAN in their own department, then ACTIVE when it ends, each told as PersonDetailsChanged', async () => {
    const personId = await register();
    const loan = started(personId, 'LOAN');

    await publish(loan);

    await expectEventually(async () =>
      expect(await row(personId)).toEqual({
        department_code: 'HMRC',
        grade: 'G7',
        status: 'ON_LOAN',
        started_in_post_on: '2025-04-01',
        version: 2,
      }),
    );
    const away = await expectEventually(() => {
      const [event] = publishedFor(personId, 'PersonDetailsChanged');
      expect(event).toBeDefined();
      return event;
    });
    expect(away).toMatchObject({
      aggregateversion: 2,
      traceid: loan.traceid,
      data: { departmentCode: 'HMRC', status: 'ON_LOAN', minimumTermEndsOn: '2026-04-01' },
    });

    await publish(moveEvent<MoveEndedV1>('MoveEnded', 6, { ...facts(loan.data), endedOn: '2027-12-31' }));

    await expectEventually(async () =>
      expect(await row(personId)).toMatchObject({ department_code: 'HMRC', status: 'ACTIVE', version: 3 }),
    );
    await expectEventually(() =>
      expect(publishedFor(personId, 'PersonDetailsChanged').map((event) => event.data.status)).toEqual([
        'ON_LOAN',
        'ACTIVE',
      ]),
    );

    // The start told again after the end (another event id, a later version): the person stays home.
    const replay = { ...loan, id: uuidv7(), aggregateversion: 7 };
    await publish(replay);
    await expectEventually(async () => expect(await inboxOutcomes([replay])).toEqual(['applied']));
    expect(await row(personId)).toMatchObject({ status: 'ACTIVE', version: 3 });
  });

  it('a level transfer: department, grade and date in post change, and the minimum term restarts from it', async () => {
    const personId = await register();

    await publish(
      started(personId, 'LEVEL_TRANSFER', { hostDepartmentCode: 'DSIT', startedOn: '2027-03-01' }),
    );

    await expectEventually(async () =>
      expect(await row(personId)).toEqual({
        department_code: 'DSIT',
        grade: 'G7',
        status: 'ACTIVE',
        started_in_post_on: '2027-03-01',
        version: 2,
      }),
    );
    const changed = await expectEventually(() => {
      const [event] = publishedFor(personId, 'PersonDetailsChanged');
      expect(event).toBeDefined();
      return event;
    });
    // G7: the configured 12-month default, now counted from the new post (it was 2026-04-01).
    expect(changed.data).toMatchObject({
      departmentCode: 'DSIT',
      startedInPostOn: '2027-03-01',
      minimumTermEndsOn: '2028-03-01',
      eligibleToMoveFrom: '2028-03-01',
    });
  });

  it('a loan made permanent: the host department becomes the person’s, ACTIVE, in post from the conversion', async () => {
    const personId = await register();
    const loan = started(personId, 'LOAN');

    await publish(
      loan,
      moveEvent<MoveMadePermanentV1>('MoveMadePermanent', 6, { ...facts(loan.data), on: '2027-07-01' }),
    );

    await expectEventually(async () =>
      expect(await row(personId)).toEqual({
        department_code: 'DWP',
        grade: 'G7',
        status: 'ACTIVE',
        started_in_post_on: '2027-07-01',
        version: 3,
      }),
    );
  });

  it('the same move start told three times (three event ids, later versions) changes the person once', async () => {
    const personId = await register();
    const first = started(personId, 'PROMOTION', { grade: 'G6' });
    // Not redeliveries of one event (the inbox drops those by id) but the step told again: the person's own record
    // of applied move steps must hold, even though each is newer for the inbox's per-move version check.
    const again = [6, 7].map((version) => ({ ...first, id: uuidv7(), aggregateversion: version }));

    await publish(first, ...again);

    await expectEventually(async () =>
      expect(await inboxOutcomes([first, ...again])).toEqual(['applied', 'applied', 'applied']),
    );
    expect(await row(personId)).toMatchObject({ department_code: 'DWP', grade: 'G6', version: 2 });
    const [step] = await dataSource.query(
      `SELECT count(*)::int AS steps FROM person_move_step WHERE move_id = $1`,
      [first.data.moveId],
    );
    expect(step.steps).toBe(1);
    await expectEventually(() => expect(publishedFor(personId, 'PersonDetailsChanged')).toHaveLength(1));
  });

  it('acknowledges a move of a person it does not hold, or who has left, or that leaves them in post: nothing changes, nothing is dead-lettered', async () => {
    const leaver = await register();
    expect((await people.call(HMRC_HR, LEAVER, { id: leaver, on: '2026-06-30' })).data!.recordLeaver).toEqual(
      {
        status: 'LEFT',
      },
    );
    const inPost = await register();
    const events = [
      started(uuidv7(), 'LOAN'),
      started(leaver, 'LEVEL_TRANSFER'),
      started(inPost, 'SHORT_ASSIGNMENT'),
    ];

    await publish(...events);

    // Each event's inbox row committed with its (empty) effect: its handler succeeded, so it was never retried.
    await expectEventually(async () =>
      expect(await inboxOutcomes(events)).toEqual(['applied', 'applied', 'applied']),
    );
    expect(await row(leaver)).toMatchObject({ department_code: 'HMRC', status: 'LEFT', version: 2 });
    expect(await row(inPost)).toMatchObject({ department_code: 'HMRC', status: 'ACTIVE', version: 1 });
    const [{ steps }] = await dataSource.query(
      `SELECT count(*)::int AS steps FROM person_move_step WHERE move_id = ANY($1::uuid[])`,
      [events.map((event) => event.data.moveId)],
    );
    expect(steps).toBe(0);
  });

  it('tells moves the track’s profession, specialism and grade ladder when a person joins a specialist track', async () => {
    const personId = await register();

    expect(
      (await people.call(HMRC_HR, JOIN, { id: personId, track: 'DDAT.DATA_SCIENCE' })).data!
        .joinSpecialistTrack,
    ).toEqual({ version: 2 });

    const event = await expectEventually(() => {
      const [found] = publishedFor(personId, 'PersonTrackChanged');
      expect(found).toBeDefined();
      return found;
    });
    expect(event.data).toMatchObject({
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      trackProfession: 'Digital, Data and Technology',
      trackSpecialism: 'Data science',
      trackGrades: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
    });
  });
});

describe('a move that starts while the people service is down (real PostgreSQL and Kafka)', () => {
  let first: ServiceUnderTest;
  let runtime: TestServiceRuntime;
  let restarted: INestApplication | undefined;

  beforeAll(async () => {
    first = await ServiceUnderTest.start({
      service: 'people',
      topics: TOPICS,
      // Kept, so that the service comes back with the same database and consumer group, as a redeploy would.
      create: (given) => {
        runtime = given;
        return createPeopleApp(given);
      },
    });
  });

  afterAll(async () => {
    await restarted?.close();
    await first?.transport.close();
    await first?.database.drop();
  });

  it('updates the person once the service is back', async () => {
    const registered = await first.call(HMRC_HR, REGISTER, { input: newPerson() });
    const personId = registered.data!.registerPerson.id as string;
    const publish = (event: IntegrationEvent<object>) =>
      first.transport.publish(MOVES_MOVE_TOPIC, [{ key: event.subject, value: JSON.stringify(event) }]);
    // The group has taken events in (and committed its position) before it goes down.
    const warmUp = started(personId, 'SHORT_ASSIGNMENT');
    await publish(warmUp);
    const dataSource = first.app.get(DataSource);
    await expectEventually(async () =>
      expect(
        await dataSource.query(`SELECT outcome FROM inbox_message WHERE event_id = $1`, [warmUp.id]),
      ).toEqual([{ outcome: 'applied' }]),
    );

    await first.app.close();
    await publish(started(personId, 'SECONDMENT_OUT', { hostDepartmentCode: undefined }));
    const database = new Client({ connectionString: first.database.url });
    await database.connect();
    try {
      // Down: nobody takes the event in.
      const { rows } = await database.query(`SELECT status FROM person WHERE id = $1`, [personId]);
      expect(rows).toEqual([{ status: 'ACTIVE' }]);
    } finally {
      await database.end();
    }

    restarted = await createPeopleApp(runtime);

    const again = restarted.get(DataSource);
    await expectEventually(async () =>
      expect((await again.query(PERSON_ROW, [personId]))[0]).toMatchObject({
        department_code: 'HMRC',
        status: 'ON_SECONDMENT',
        version: 2,
      }),
    );
  });
});
