// Issue 6, item 7: how the saga ends on the vacancy's side. Moves that start on their date fill the posts reserved for
// them; when every post is filled the vacancy is FILLED, moves hears it, and a planner can no longer propose a move into
// it. A vacancy cancelled while moves into it are scheduled gives their posts back, and those moves stop.
import { expectEventually } from '@civil/testing';
import { RunDueMovesHandler } from '../../services/moves/src/move/application/run-due-moves/run-due-moves.handler';
import { DSIT_HIRING_MANAGER, DWP_PLANNER, SagaServices, STARTS_ON } from './support/saga-services';

const POSTS = 2;
// The moves' clock runs with real time until the test moves it past their start date.
const movesClock = { aheadMs: 0, now: () => new Date(Date.now() + movesClock.aheadMs) };
const VACANCY = `query($id: ID!) { vacancy(id: $id) { status postsReserved postsFilled postsLeft } }`;

describe('the saga at the vacancy’s end: filled or cancelled (real PostgreSQL and Kafka)', () => {
  let saga: SagaServices;

  beforeAll(async () => {
    saga = await SagaServices.start({ movesClock });
  });

  afterAll(async () => {
    await saga?.close();
  });

  it('fills the vacancy when its moves start, and moves then stops proposing into it', async () => {
    const vacancyId = await saga.openVacancy(POSTS);
    const people = await saga.seedPeople(POSTS + 1);
    const moveIds = await Promise.all(people.slice(0, POSTS).map((id) => saga.agreeMoveInto(vacancyId, id)));
    await expectEventually(async () => {
      const statuses = [...(await saga.moveStatuses(moveIds)).values()].map((move) => move.status);
      expect(statuses).toEqual(moveIds.map(() => 'SCHEDULED'));
    });

    const due = saga.moves.app.get(RunDueMovesHandler);
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    movesClock.aheadMs = new Date(`${STARTS_ON}T12:00:00Z`).getTime() - Date.now();
    expect(await due.execute()).toEqual({ started: POSTS, ended: 0, failed: 0 });

    await expectEventually(async () => {
      const vacancy = await saga.callVacancies(DSIT_HIRING_MANAGER, VACANCY, { id: vacancyId });
      expect(vacancy.data!.vacancy).toEqual({
        status: 'FILLED',
        postsReserved: 0,
        postsFilled: POSTS,
        postsLeft: 0,
      });
    });
    const { rows } = await saga.vacanciesDb.query(
      `SELECT status, count(*)::int AS n FROM post_reservation WHERE vacancy_id = $1 GROUP BY status`,
      [vacancyId],
    );
    expect(rows).toEqual([{ status: 'FILLED', n: POSTS }]);

    await expectEventually(async () => {
      const known = await saga.movesDb.query(`SELECT status FROM vacancy_read_model WHERE vacancy_id = $1`, [
        vacancyId,
      ]);
      expect(known.rows).toEqual([{ status: 'FILLED' }]);
    });
    const tooLate = await saga.moves.call(
      DWP_PLANNER,
      `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { id } }`,
      {
        input: {
          personId: people[POSTS],
          kind: 'LEVEL_TRANSFER',
          vacancyId,
          startsOn: STARTS_ON,
          payer: 'HOST',
        },
      },
    );
    expect(tooLate.errors?.[0].extensions).toMatchObject({ reason: 'MOVE.VACANCY_NOT_OPEN' });
  });

  it('stops the moves scheduled into a vacancy that is cancelled, and holds no post for them', async () => {
    movesClock.aheadMs = 0;
    const vacancyId = await saga.openVacancy(POSTS);
    const people = await saga.seedPeople(POSTS + 1);
    const scheduled = await Promise.all(
      people.slice(0, POSTS).map((id) => saga.agreeMoveInto(vacancyId, id)),
    );
    await expectEventually(async () => {
      const statuses = [...(await saga.moveStatuses(scheduled)).values()].map((move) => move.status);
      expect(statuses).toEqual(scheduled.map(() => 'SCHEDULED'));
    });
    // One more asks while every post is held: refused.
    const refused = await saga.agreeMoveInto(vacancyId, people[POSTS]);
    await expectEventually(async () =>
      expect((await saga.moveStatuses([refused])).get(refused)).toEqual({
        status: 'REFUSED',
        stopReason: 'NO_POSTS_LEFT',
      }),
    );

    const cancelled = await saga.callVacancies(
      DSIT_HIRING_MANAGER,
      `mutation($id: ID!) { cancelVacancy(id: $id, reason: "Funding withdrawn") { status } }`,
      { id: vacancyId },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(await saga.liveReservations(vacancyId)).toEqual([]);

    // The moves that were to fill it do not start into a post that no longer exists.
    await expectEventually(async () => {
      const statuses = await saga.moveStatuses(scheduled);
      expect([...statuses.values()]).toEqual(
        scheduled.map(() => ({ status: 'CANCELLED', stopReason: 'VACANCY_CANCELLED' })),
      );
    });
    movesClock.aheadMs = new Date(`${STARTS_ON}T12:00:00Z`).getTime() - Date.now();
    const due = saga.moves.app.get(RunDueMovesHandler);
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    expect((await saga.moveStatuses([refused])).get(refused)!.status).toBe('REFUSED');
    expect(await saga.liveReservations(vacancyId)).toEqual([]);
  });
});
