// Issue 6, item 8: 200 moves agreed at once into a vacancy with 5 posts, across the real moves and vacancies services.
// Exactly 5 get a post (SCHEDULED); the other 195 are REFUSED with NO_POSTS_LEFT; vacancies holds exactly 5 rows.
import { expectEventually } from '@civil/testing';
import { SagaServices, tally } from './support/saga-services';

const MOVES = 200;
const POSTS = 5;

describe('the moves saga under a 200-way race for 5 posts (real PostgreSQL and Kafka)', () => {
  let saga: SagaServices;

  beforeAll(async () => {
    saga = await SagaServices.start();
  });

  afterAll(async () => {
    await saga?.close();
  });

  it('schedules exactly 5 moves and refuses the other 195 with NO_POSTS_LEFT', async () => {
    const vacancyId = await saga.openVacancy(POSTS);
    const people = await saga.seedPeople(MOVES);

    const prepared = Date.now();
    const moveIds = await SagaServices.inChunks(people, 25, (personId) =>
      saga.proposeAndRelease(vacancyId, personId),
    );
    // The host accepts all 200 at once: 200 PostReservationRequested race for the 5 posts.
    const began = Date.now();
    await SagaServices.inChunks(moveIds, MOVES, (moveId) => saga.accept(moveId));
    const agreedIn = Date.now() - began;

    await expectEventually(
      async () => {
        const statuses = await saga.moveStatuses(moveIds);
        expect(tally(statuses.values())).toEqual({
          SCHEDULED: POSTS,
          'REFUSED:NO_POSTS_LEFT': MOVES - POSTS,
        });
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    const settledIn = Date.now() - began - agreedIn;

    // The oracle is the rows, not a counter: exactly the scheduled moves hold a post.
    const statuses = await saga.moveStatuses(moveIds);
    const scheduled = moveIds.filter((id) => statuses.get(id)!.status === 'SCHEDULED').sort();
    expect(await saga.liveReservations(vacancyId)).toEqual(scheduled);
    const { rows } = await saga.vacanciesDb.query(
      `SELECT status, refusal_reason, count(*)::int AS n FROM post_reservation WHERE vacancy_id = $1
       GROUP BY status, refusal_reason ORDER BY status`,
      [vacancyId],
    );
    expect(rows).toEqual([
      { status: 'REFUSED', refusal_reason: 'NO_POSTS_LEFT', n: MOVES - POSTS },
      { status: 'RESERVED', refusal_reason: null, n: POSTS },
    ]);
    // Every move asked once and heard once: one request out, one answer taken in, per move.
    const requested = await saga.movesDb.query(
      `SELECT count(DISTINCT aggregate_id)::int AS moves, count(*)::int AS events FROM outbox_message
       WHERE type = 'PostReservationRequested'`,
    );
    expect(requested.rows[0]).toEqual({ moves: MOVES, events: MOVES });

    console.info(
      `saga race: ${MOVES} moves proposed, consented and released in ${began - prepared} ms; ` +
        `${MOVES} acceptances at once in ${agreedIn} ms; every saga final ${settledIn} ms after the last acceptance`,
    );
  });

  it('asks for one post per move when its three agreements arrive at the same moment', async () => {
    const vacancyId = await saga.openVacancy(POSTS);
    const people = await saga.seedPeople(20);
    const moveIds = await SagaServices.inChunks(people, 20, (personId) => saga.propose(vacancyId, personId));
    // Consent, release and acceptance of each move at once: whichever commits last completes the agreement, once.
    await SagaServices.inChunks(
      moveIds.map((moveId, i) => ({ moveId, personId: people[i] })),
      20,
      ({ moveId, personId }) =>
        Promise.all([saga.consent(moveId, personId), saga.release(moveId), saga.accept(moveId, false)]),
    );

    await expectEventually(async () => {
      const statuses = await saga.moveStatuses(moveIds);
      expect(tally(statuses.values())).toEqual({ SCHEDULED: POSTS, 'REFUSED:NO_POSTS_LEFT': 20 - POSTS });
    });
    const { rows } = await saga.movesDb.query(
      `SELECT aggregate_id, count(*)::int AS n FROM outbox_message
       WHERE type = 'PostReservationRequested' AND aggregate_id = ANY($1) GROUP BY aggregate_id`,
      [moveIds],
    );
    expect(rows).toHaveLength(20);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const timelines = await saga.movesDb.query(
      `SELECT move_id, count(*) FILTER (WHERE type = 'PostRequested')::int AS asked,
              array_agg(version ORDER BY version) AS versions
       FROM move_event WHERE move_id = ANY($1) GROUP BY move_id`,
      [moveIds],
    );
    for (const row of timelines.rows) {
      expect(row.asked).toBe(1);
      // One event per version, none lost to a concurrent writer.
      expect(row.versions).toEqual(row.versions.map((_: number, i: number) => i + 1));
    }
  });
});
