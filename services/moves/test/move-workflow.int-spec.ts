import { IntegrationEvent, MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createMovesApp } from '../src/app';
import { RunDueMovesHandler } from '../src/move/application/run-due-moves/run-due-moves.handler';

// The workflow through the moves subgraph on its real database and the broker: a planner's loan from DWP to DSIT,
// agreed by all three parties, started and ended by the scheduler on their dates (a clock the test moves).
const clock = { current: new Date('2026-11-24T09:00:00Z'), now: () => new Date(clock.current) };
let moves: ServiceUnderTest;
let db: Client;
let subscription: Subscription;
const published: IntegrationEvent<Record<string, unknown>>[] = [];

const personId = uuidv7();
const person = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId });
const dwpPlanner = testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' });
const dwpLineManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DWP' });
const dsitHiringManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' });
const hmrcHiringManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'HMRC' });

const MOVE_FIELDS = `id status startsOn endsOn version agreements { consentNeeded consentGivenAt releaseOn acceptedAt }`;
const PROPOSE = `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { ${MOVE_FIELDS} } }`;
const CONSENT = `mutation($id: ID!) { consentToMove(moveId: $id) { ${MOVE_FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $on: String!) { agreeRelease(moveId: $id, releaseOn: $on) { ${MOVE_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptMove(moveId: $id) { ${MOVE_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelMove(moveId: $id, reason: $reason) { ${MOVE_FIELDS} } }`;
const MOVE = `query($id: ID!) { move(moveId: $id) { ${MOVE_FIELDS} timeline { version type status actorRole details } } }`;
const QUEUE = `{ approvalsQueue { id status } }`;

const loan = (overrides: Record<string, unknown> = {}) => ({
  personId,
  kind: 'LOAN',
  hostDepartmentCode: 'DSIT',
  startsOn: '2027-01-04',
  endsOn: '2027-12-31',
  payer: 'HOST',
  ...overrides,
});

async function propose(overrides: Record<string, unknown> = {}) {
  const response = await moves.call(dwpPlanner, PROPOSE, { input: loan(overrides) });
  expect(response.errors).toBeUndefined();
  return response.data!.proposeMove as { id: string; status: string };
}

describe('move workflow (real PostgreSQL and Kafka)', () => {
  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: (runtime) => createMovesApp({ ...runtime, dueMovesEveryMs: 0 }),
      clock,
    });
    db = new Client({ connectionString: moves.database.url });
    await db.connect();
    // What the people events would have projected: an SEO in DWP, past their minimum term.
    await db.query(
      `INSERT INTO person_read_model (person_id, department_code, grade, profession, fte, started_in_post_on, status,
         version, updated_at) VALUES ($1, 'DWP', 'SEO', 'Digital, Data and Technology', 1, '2023-01-09', 'ACTIVE', 1, now())`,
      [personId],
    );
    subscription = await moves.transport.subscribe(
      { groupId: `move-workflow-test-${uuidv7()}`, topics: [MOVES_MOVE_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await db?.end();
    await moves?.close();
  });

  it('takes a planner’s loan through consent, release and acceptance to its start and end', async () => {
    const proposed = await propose();
    expect(proposed.status).toBe('AWAITING_AGREEMENT');

    const queue = await moves.call(person, QUEUE);
    expect(queue.data!.approvalsQueue).toEqual([{ id: proposed.id, status: 'AWAITING_AGREEMENT' }]);
    expect((await moves.call(dsitHiringManager, QUEUE)).data!.approvalsQueue).toEqual([
      { id: proposed.id, status: 'AWAITING_AGREEMENT' },
    ]);

    await moves.call(person, CONSENT, { id: proposed.id });
    // The home department releases later than asked: the move starts then.
    const released = await moves.call(dwpLineManager, RELEASE, { id: proposed.id, on: '2027-02-01' });
    expect(released.data!.agreeRelease).toMatchObject({
      startsOn: '2027-02-01',
      status: 'AWAITING_AGREEMENT',
    });
    const accepted = await moves.call(dsitHiringManager, ACCEPT, { id: proposed.id });
    expect(accepted.data!.acceptMove).toMatchObject({ status: 'SCHEDULED', version: 7 });

    const due = moves.app.get(RunDueMovesHandler);
    clock.current = new Date('2027-01-31T09:00:00Z');
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    clock.current = new Date('2027-02-01T09:00:00Z');
    expect(await due.execute()).toEqual({ started: 1, ended: 0, failed: 0 });
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    // Down over the end date, back later: the catch-up ends the loan once.
    clock.current = new Date('2028-03-15T09:00:00Z');
    expect(await due.execute()).toEqual({ started: 0, ended: 1, failed: 0 });

    const read = await moves.call(person, MOVE, { id: proposed.id });
    expect(read.data!.move.status).toBe('ENDED');
    expect(read.data!.move.timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'MoveProposed',
      'MoveAwaitingAgreement',
      'ConsentGiven',
      'ReleaseAgreed',
      'HostAccepted',
      'MoveAgreed',
      'MoveScheduled',
      'MoveStarted',
      'MoveEnded',
    ]);
    await expectEventually(() => {
      const types = published.filter((event) => event.subject === proposed.id).map((event) => event.type);
      expect(types).toEqual(['MoveAgreed', 'MoveStarted', 'MoveEnded']);
    });
    clock.current = new Date('2026-11-24T09:00:00Z');
  });

  it('asks vacancies for a post when the move fills a vacancy, naming it when the move is cancelled', async () => {
    const vacancyId = uuidv7();
    await db.query(
      `INSERT INTO vacancy_read_model (vacancy_id, department_code, grade, profession, posts, fte_per_post, status,
         version, updated_at) VALUES ($1, 'DSIT', 'SEO', 'Digital, Data and Technology', 1, 1, 'OPEN', 1, now())`,
      [vacancyId],
    );
    const proposed = await propose({ vacancyId, hostDepartmentCode: undefined });
    await moves.call(person, CONSENT, { id: proposed.id });
    await moves.call(dwpLineManager, RELEASE, { id: proposed.id, on: '2027-01-04' });
    const accepted = await moves.call(dsitHiringManager, ACCEPT, { id: proposed.id });
    expect(accepted.data!.acceptMove.status).toBe('AWAITING_POST');
    const cancelled = await moves.call(dwpPlanner, CANCEL, { id: proposed.id, reason: 'Programme paused' });
    expect(cancelled.data!.cancelMove.status).toBe('CANCELLED');
    await expectEventually(() => {
      const mine = published.filter((event) => event.subject === proposed.id);
      expect(mine.map((event) => [event.type, event.data.vacancyId])).toEqual([
        ['PostReservationRequested', vacancyId],
        ['MoveCancelled', vacancyId],
      ]);
      // Free text stays in moves.
      expect(JSON.stringify(mine)).not.toContain('Programme paused');
    });
  });

  it('refuses the wrong actor, a stale version and an out-of-order transition with stable codes', async () => {
    const proposed = await propose();
    const wrongHost = await moves.call(hmrcHiringManager, ACCEPT, { id: proposed.id });
    expect(wrongHost.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notThePerson = await moves.call(dwpLineManager, CONSENT, { id: proposed.id });
    expect(notThePerson.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await moves.call(
      person,
      `mutation($id: ID!) { consentToMove(moveId: $id, expectedVersion: 1) { id } }`,
      {
        id: proposed.id,
      },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const promotion = await moves.call(dwpPlanner, PROPOSE, {
      input: loan({ kind: 'PROMOTION', endsOn: undefined }),
    });
    expect(promotion.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MOVE.PROMOTION_NEEDS_APPLICATION',
    });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM move WHERE kind = 'PROMOTION'`);
    expect(rows[0].n).toBe(0);
    await moves.call(dwpPlanner, CANCEL, { id: proposed.id, reason: 'Not needed' });
    const tooLate = await moves.call(person, CONSENT, { id: proposed.id });
    expect(tooLate.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MOVE.INVALID_TRANSITION',
    });
  });
});
