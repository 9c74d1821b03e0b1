// Issue 6, item 8: the vacancies service stopped in the middle of the saga, moves carrying on without it (agreeing and
// cancelling moves), then vacancies restarted on the same database and consumer group. Every saga reaches a final
// state, and no post stays reserved for a move that is not live.
import { expectEventually } from '@civil/testing';
import { CANCEL_MOVE, DWP_PLANNER, SagaServices, tally } from './support/saga-services';

const POSTS = 3;
const LIVE = ['SCHEDULED', 'AGREED'];
const FINAL = ['SCHEDULED', 'REFUSED', 'CANCELLED'];

describe('the moves saga across a vacancies restart (real PostgreSQL and Kafka)', () => {
  let saga: SagaServices;

  beforeAll(async () => {
    saga = await SagaServices.start();
  });

  afterAll(async () => {
    await saga?.close();
  });

  const cancel = async (moveId: string) => {
    const response = await saga.moves.call(DWP_PLANNER, CANCEL_MOVE, {
      id: moveId,
      reason: 'Programme paused',
    });
    expect(response.errors).toBeUndefined();
  };
  const requestsSent = async (moveIds: string[]) => {
    const { rows } = await saga.movesDb.query(
      `SELECT count(*)::int AS n FROM outbox_message o
       WHERE o.type = 'PostReservationRequested' AND o.aggregate_id = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.id = o.id)`,
      [moveIds],
    );
    return rows[0].n as number;
  };

  it('brings every saga to a final state and leaves no post reserved for a move that is not live', async () => {
    const vacancyId = await saga.openVacancy(POSTS);
    const people = await saga.seedPeople(8);

    // Two moves through the whole saga while vacancies runs: each holds a post.
    const settled = [
      await saga.agreeMoveInto(vacancyId, people[0]),
      await saga.agreeMoveInto(vacancyId, people[1]),
    ];
    await expectEventually(async () => {
      expect(tally((await saga.moveStatuses(settled)).values())).toEqual({ SCHEDULED: 2 });
    });

    // Three more, and vacancies stops as soon as it has taken in one of them: the rest are in flight.
    const inFlight = await Promise.all(people.slice(2, 5).map((id) => saga.agreeMoveInto(vacancyId, id)));
    await expectEventually(async () => {
      const { rows } = await saga.vacanciesDb.query(
        `SELECT count(*)::int AS n FROM post_reservation WHERE move_id = ANY($1)`,
        [inFlight],
      );
      expect(rows[0].n).toBeGreaterThan(0);
    });
    await saga.stopVacancies();

    // While vacancies is down, moves goes on: three more agreed, their requests out on the broker, unanswered.
    const whileDown = await Promise.all(people.slice(5, 8).map((id) => saga.agreeMoveInto(vacancyId, id)));
    await expectEventually(async () => expect(await requestsSent(whileDown)).toBe(3));
    expect(tally((await saga.moveStatuses(whileDown)).values())).toEqual({ AWAITING_POST: 3 });
    // One of those is cancelled before any answer, and one that holds a post gives it back: both releases wait.
    await cancel(whileDown[0]);
    await cancel(settled[0]);

    await saga.restartVacancies();

    const all = [...settled, ...inFlight, ...whileDown];
    await expectEventually(
      async () => {
        const statuses = await saga.moveStatuses(all);
        const notFinal = all.filter((id) => !FINAL.includes(statuses.get(id)!.status));
        expect(notFinal).toEqual([]);
        // The released posts are back: every live reservation is a live move's, and every live move holds one.
        const live = all.filter((id) => LIVE.includes(statuses.get(id)!.status)).sort();
        expect(await saga.liveReservations(vacancyId)).toEqual(live);
      },
      { timeoutMs: 40_000, intervalMs: 200 },
    );

    const statuses = await saga.moveStatuses(all);
    const counts = tally(statuses.values());
    expect(counts.CANCELLED).toBe(2);
    expect(counts.SCHEDULED).toBeLessThanOrEqual(POSTS);
    // Six moves still wanted 3 posts: whatever the order of the releases, the rest were refused for want of one.
    expect(counts.SCHEDULED + counts['REFUSED:NO_POSTS_LEFT']).toBe(6);
    // The cancelled moves hold nothing, and each release was announced once.
    const { rows: released } = await saga.vacanciesDb.query(
      `SELECT r.move_id, (SELECT count(*)::int FROM outbox_message o
          WHERE o.type = 'PostReleased' AND o.envelope->'data'->>'moveId' = r.move_id::text) AS announced
       FROM post_reservation r WHERE r.vacancy_id = $1 AND r.status = 'RELEASED' ORDER BY r.move_id`,
      [vacancyId],
    );
    expect(released.every((row) => row.announced === 1)).toBe(true);
    expect(released.map((row) => row.move_id)).toContain(settled[0]);
    expect(released.map((row) => row.move_id).every((id) => statuses.get(id)!.status === 'CANCELLED')).toBe(
      true,
    );
  });
});
