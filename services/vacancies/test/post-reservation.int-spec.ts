// Safe post reservation on a real PostgreSQL and Kafka: never overfilled under a 200-way race (the reservation rows
// are the oracle), idempotent by move id, and the moves saga's events end to end through the broker.
import {
  IntegrationEvent,
  MOVES_MOVE_TOPIC,
  MOVES_SOURCE,
  MoveStartedV1,
  MoveWithdrawnV1,
  PLATFORM_AUDIT_TOPIC,
  PostReservationRequestedV1,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createVacanciesApp } from '../src/app';
import { ReleasePostCommand } from '../src/post-reservation/application/release-post/release-post.command';
import { ReleasePostHandler } from '../src/post-reservation/application/release-post/release-post.handler';
import { ReservePostCommand } from '../src/post-reservation/application/reserve-post/reserve-post.command';
import { ReservePostHandler } from '../src/post-reservation/application/reserve-post/reserve-post.handler';
import { ControlledClock, openVacancy, VACANCY } from './vacancy-lifecycle.fixtures';

const clock = new ControlledClock();
const MANAGER = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT', personId: uuidv7() });

function moveEvent<T>(type: string, moveId: string, version: number, data: T): IntegrationEvent<T> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: MOVES_SOURCE,
    type,
    subject: moveId,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: version,
    traceid: `move-${moveId}`,
    data,
  };
}

describe('post reservation (real PostgreSQL and Kafka)', () => {
  let vacancies: ServiceUnderTest;
  let dataSource: DataSource;
  let subscription: Subscription;
  const answers: IntegrationEvent<Record<string, unknown>>[] = [];

  const liveRows = async (vacancyId: string) =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS n FROM post_reservation WHERE vacancy_id = $1 AND status IN ('RESERVED', 'FILLED')`,
        [vacancyId],
      )
    )[0].n as number;
  const outboxed = (type: string, moveId: string) =>
    dataSource.query(
      `SELECT event_id FROM outbox_message WHERE type = $1 AND envelope->'data'->>'moveId' = $2`,
      [type, moveId],
    );
  /** The application handler, in a transaction of its own that it joins, as the inbox runs it. */
  const asTheInboxWould = <T>(work: () => Promise<T>) => {
    const transactions = vacancies.app.get(TypeOrmTransactionRunner);
    return dataSource.transaction((manager) => transactions.join(manager, work));
  };

  beforeAll(async () => {
    vacancies = await ServiceUnderTest.start({
      service: 'vacancies',
      topics: [MOVES_MOVE_TOPIC, VACANCIES_VACANCY_TOPIC, PLATFORM_AUDIT_TOPIC],
      clock,
      create: (runtime) => createVacanciesApp({ ...runtime, autoCloseEveryMs: 0 }),
    });
    dataSource = vacancies.app.get(DataSource);
    subscription = await vacancies.transport.subscribe(
      {
        groupId: `post-reservation-test-${uuidv7()}`,
        topics: [VACANCIES_VACANCY_TOPIC],
        fromBeginning: true,
      },
      async (message) => void answers.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await vacancies?.close();
  });

  it('never overfills: 200 concurrent requests for 5 posts give exactly 5 live reservation rows and 195 refusals', async () => {
    const vacancy = await openVacancy(vacancies, MANAGER, clock, { posts: 5 });
    const reserve = vacancies.app.get(ReservePostHandler);
    const moveIds = Array.from({ length: 200 }, () => uuidv7());

    const started = Date.now();
    const results = await Promise.all(
      moveIds.map((moveId) =>
        asTheInboxWould(() => reserve.execute(new ReservePostCommand(moveId, vacancy.id, uuidv7(), 'race'))),
      ),
    );
    const elapsedMs = Date.now() - started;

    // The oracle is the rows themselves, not a counter.
    expect(await liveRows(vacancy.id)).toBe(5);
    const byStatus = await dataSource.query(
      `SELECT status, refusal_reason, count(*)::int AS n FROM post_reservation WHERE vacancy_id = $1
       GROUP BY status, refusal_reason ORDER BY status`,
      [vacancy.id],
    );
    expect(byStatus).toEqual([
      { status: 'REFUSED', refusal_reason: 'NO_POSTS_LEFT', n: 195 },
      { status: 'RESERVED', refusal_reason: null, n: 5 },
    ]);
    expect(results.filter((result) => result.status === 'RESERVED')).toHaveLength(5);
    expect(results.filter((result) => result.reason === 'NO_POSTS_LEFT')).toHaveLength(195);
    // One answer per move in the outbox, numbered in one sequence for the vacancy.
    const versions: { v: number }[] = await dataSource.query(
      `SELECT aggregate_version AS v FROM outbox_message WHERE aggregate_id = $1 AND type IN ('PostReserved', 'PostReservationRefused')`,
      [vacancy.id],
    );
    expect(versions).toHaveLength(200);
    expect(new Set(versions.map((row) => row.v)).size).toBe(200);
    expect((await vacancies.call(MANAGER, VACANCY, { id: vacancy.id })).data!.vacancy).toMatchObject({
      postsReserved: 5,
      postsLeft: 0,
    });
    // For the report: how long 200 serialised reservations took on this machine.
    console.info(`200-way reservation race for 5 posts: ${elapsedMs} ms`);
  });

  it('answers a request delivered three times once: one row, the same answer, one event', async () => {
    const vacancy = await openVacancy(vacancies, MANAGER, clock, { posts: 1 });
    const reserve = vacancies.app.get(ReservePostHandler);
    const [moveId, lateMoveId] = [uuidv7(), uuidv7()];
    const request = (id: string) => new ReservePostCommand(id, vacancy.id, uuidv7(), 'again');

    const first = await asTheInboxWould(() => reserve.execute(request(moveId)));
    const repeats = await Promise.all(
      [1, 2].map(() => asTheInboxWould(() => reserve.execute(request(moveId)))),
    );
    const late = [];
    for (let i = 0; i < 3; i++) late.push(await asTheInboxWould(() => reserve.execute(request(lateMoveId))));

    expect(first).toEqual({ status: 'RESERVED', repeated: false });
    expect(repeats).toEqual([
      { status: 'RESERVED', repeated: true },
      { status: 'RESERVED', repeated: true },
    ]);
    expect(late.map((answer) => answer.reason)).toEqual(['NO_POSTS_LEFT', 'NO_POSTS_LEFT', 'NO_POSTS_LEFT']);
    expect(
      await dataSource.query(`SELECT count(*)::int AS n FROM post_reservation WHERE move_id = ANY($1)`, [
        [moveId, lateMoveId],
      ]),
    ).toEqual([{ n: 2 }]);
    expect(await outboxed('PostReserved', moveId)).toHaveLength(1);
    expect(await outboxed('PostReservationRefused', lateMoveId)).toHaveLength(1);
  });

  it('releases a post once however often the release arrives, and the post can be reserved again', async () => {
    const vacancy = await openVacancy(vacancies, MANAGER, clock, { posts: 1 });
    const reserve = vacancies.app.get(ReservePostHandler);
    const release = vacancies.app.get(ReleasePostHandler);
    const moveId = uuidv7();
    await asTheInboxWould(() => reserve.execute(new ReservePostCommand(moveId, vacancy.id, uuidv7(), 't')));

    const outcomes = await Promise.all(
      [1, 2, 3].map(() => asTheInboxWould(() => release.execute(new ReleasePostCommand(moveId, 't')))),
    );

    expect(outcomes.sort()).toEqual(['released', 'unchanged', 'unchanged']);
    expect(await outboxed('PostReleased', moveId)).toHaveLength(1);
    expect(await liveRows(vacancy.id)).toBe(0);
    expect(
      await asTheInboxWould(() =>
        reserve.execute(new ReservePostCommand(uuidv7(), vacancy.id, uuidv7(), 't')),
      ),
    ).toMatchObject({ status: 'RESERVED' });
  });

  it('answers the moves saga through the broker: reserved, refused, released and filled', async () => {
    const vacancy = await openVacancy(vacancies, MANAGER, clock, { posts: 2 });
    const unknownVacancy = uuidv7();
    const [a, b, c, d] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
    const request = (moveId: string, vacancyId = vacancy.id) => {
      const data: PostReservationRequestedV1 = { moveId, vacancyId, personId: uuidv7() };
      return moveEvent('PostReservationRequested', moveId, 1, data);
    };
    const publish = (...events: IntegrationEvent<object>[]) =>
      vacancies.transport.publish(
        MOVES_MOVE_TOPIC,
        events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
      );
    const answersFor = (moveId: string) => answers.filter((event) => event.data.moveId === moveId);

    // a and b take the two posts; c is refused; the same request for a arrives three times; d names no vacancy.
    const requestA = request(a);
    await publish(requestA, requestA, requestA);
    await expectEventually(() => expect(answersFor(a)).toHaveLength(1));
    await publish(request(b));
    await expectEventually(() => expect(answersFor(b)).toHaveLength(1));
    await publish(request(c), request(d, unknownVacancy));

    await expectEventually(() => {
      expect(answersFor(c)).toHaveLength(1);
      expect(answersFor(d)).toHaveLength(1);
    });
    expect(answersFor(a)[0]).toMatchObject({
      type: 'PostReserved',
      subject: vacancy.id,
      traceid: `move-${a}`,
      data: { moveId: a, vacancyId: vacancy.id, postsLeft: 1 },
    });
    expect(answersFor(b)[0].data).toMatchObject({ postsLeft: 0 });
    expect(answersFor(c)[0]).toMatchObject({
      type: 'PostReservationRefused',
      data: { reason: 'NO_POSTS_LEFT' },
    });
    expect(answersFor(d)[0]).toMatchObject({
      type: 'PostReservationRefused',
      subject: unknownVacancy,
      data: { reason: 'VACANCY_NOT_FOUND' },
    });

    // a is withdrawn (delivered three times: one PostReleased); b starts, and c, asking again later, gets a's post.
    const withdrawn: MoveWithdrawnV1 = { moveId: a, personId: uuidv7(), vacancyId: vacancy.id };
    const withdrawal = moveEvent('MoveWithdrawn', a, 2, withdrawn);
    await publish(withdrawal, withdrawal, moveEvent('MoveWithdrawn', a, 3, withdrawn));
    const started: MoveStartedV1 = {
      moveId: b,
      personId: uuidv7(),
      kind: 'LEVEL_TRANSFER',
      vacancyId: vacancy.id,
      homeDepartmentCode: 'HMRC',
      hostDepartmentCode: 'DSIT',
      grade: 'G7',
      startedOn: clock.now().toISOString().slice(0, 10),
    };
    await publish(moveEvent('MoveStarted', b, 2, started));

    await expectEventually(async () => {
      expect(answersFor(a).map((event) => event.type)).toEqual(['PostReserved', 'PostReleased']);
      expect(
        await dataSource.query(
          `SELECT move_id, status FROM post_reservation WHERE vacancy_id = $1 ORDER BY status`,
          [vacancy.id],
        ),
      ).toEqual([
        { move_id: b, status: 'FILLED' },
        { move_id: c, status: 'REFUSED' },
        { move_id: a, status: 'RELEASED' },
      ]);
    });
    expect((await vacancies.call(MANAGER, VACANCY, { id: vacancy.id })).data!.vacancy).toMatchObject({
      status: 'OPEN',
      postsFilled: 1,
      postsReserved: 0,
      postsLeft: 1,
    });
  });
});
