// Issue 6, item 8: a cancelled move's post is released exactly once, even when vacancies hears of the cancellation three
// times: the move's own MoveCancelled, then the same payload twice more under new event ids, straight on the broker.
import { IntegrationEvent, MOVES_MOVE_TOPIC, uuidv7, VACANCIES_VACANCY_TOPIC } from '@civil/contracts';
import { CLOUDEVENTS_CONTENT_TYPE, Subscription } from '@civil/messaging';
import { expectEventually } from '@civil/testing';
import { CANCEL_MOVE, DSIT_HIRING_MANAGER, DWP_PLANNER, SagaServices } from './support/saga-services';

const POSTS = 2;
const VACANCY = `query($id: ID!) { vacancy(id: $id) { posts postsReserved postsLeft } }`;

describe('releasing a cancelled move’s post (real PostgreSQL and Kafka)', () => {
  let saga: SagaServices;
  let subscription: Subscription;
  const answers: IntegrationEvent<{ moveId: string }>[] = [];

  beforeAll(async () => {
    saga = await SagaServices.start();
    subscription = await saga.broker.subscribe(
      { groupId: `saga-release-once-${uuidv7()}`, topics: [VACANCIES_VACANCY_TOPIC], fromBeginning: true },
      async (message) => void answers.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await saga?.close();
  });

  const postCounts = async (vacancyId: string) =>
    (await saga.callVacancies(DSIT_HIRING_MANAGER, VACANCY, { id: vacancyId })).data!.vacancy;
  const released = (moveId: string) =>
    answers.filter((event) => event.type === 'PostReleased' && event.data.moveId === moveId);

  it('releases the post once and publishes one PostReleased, whatever the number of deliveries', async () => {
    const vacancyId = await saga.openVacancy(POSTS);
    const [personId] = await saga.seedPeople(1);
    const moveId = await saga.agreeMoveInto(vacancyId, personId);
    await expectEventually(async () =>
      expect((await saga.moveStatuses([moveId])).get(moveId)!.status).toBe('SCHEDULED'),
    );
    expect(await postCounts(vacancyId)).toEqual({ posts: POSTS, postsReserved: 1, postsLeft: POSTS - 1 });

    const cancelled = await saga.moves.call(DWP_PLANNER, CANCEL_MOVE, {
      id: moveId,
      reason: 'Team disbanded',
    });
    expect(cancelled.errors).toBeUndefined();
    await expectEventually(() => expect(released(moveId)).toHaveLength(1));
    expect(await postCounts(vacancyId)).toEqual({ posts: POSTS, postsReserved: 0, postsLeft: POSTS });

    // The same MoveCancelled twice more, as a producer's retry or a replay would send it: once under the same
    // aggregate version (the inbox's version check sees it), once under a later one (the release itself must hold).
    const { rows } = await saga.movesDb.query(
      `SELECT envelope FROM outbox_message WHERE type = 'MoveCancelled' AND aggregate_id = $1`,
      [moveId],
    );
    expect(rows).toHaveLength(1);
    const original = rows[0].envelope as IntegrationEvent<Record<string, unknown>>;
    expect(original.data).toMatchObject({ moveId, vacancyId });
    const again = [
      { ...original, id: uuidv7() },
      { ...original, id: uuidv7(), aggregateversion: original.aggregateversion + 1 },
    ];
    await saga.broker.publish(
      MOVES_MOVE_TOPIC,
      again.map((event) => ({
        key: moveId,
        value: JSON.stringify(event),
        headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
      })),
    );

    // Both taken in by vacancies: the first as stale, the second run through the release, which finds nothing held.
    await expectEventually(async () => {
      const { rows: taken } = await saga.vacanciesDb.query(
        `SELECT event_id, outcome FROM inbox_message WHERE event_id = ANY($1::uuid[]) ORDER BY event_id`,
        [again.map((event) => event.id)],
      );
      // Ordered by id, and two ids made in the same millisecond need not sort in the order they were made.
      const expected = [
        { event_id: again[0].id, outcome: 'stale' },
        { event_id: again[1].id, outcome: 'applied' },
      ].sort((a, b) => (a.event_id < b.event_id ? -1 : 1));
      expect(taken).toEqual(expected);
    });
    const { rows: outboxed } = await saga.vacanciesDb.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE type = 'PostReleased' AND envelope->'data'->>'moveId' = $1`,
      [moveId],
    );
    expect(outboxed[0].n).toBe(1);
    expect(await postCounts(vacancyId)).toEqual({ posts: POSTS, postsReserved: 0, postsLeft: POSTS });
    const { rows: reservation } = await saga.vacanciesDb.query(
      `SELECT status FROM post_reservation WHERE move_id = $1`,
      [moveId],
    );
    expect(reservation).toEqual([{ status: 'RELEASED' }]);
    // Whatever was already on its way is in: still the one PostReleased on the topic.
    expect(released(moveId)).toHaveLength(1);
  });
});
