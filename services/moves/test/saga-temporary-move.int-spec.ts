// Issue 6, item 8: a full temporary move at the moves level, on its real database and the broker. A planner's loan from
// DWP to DSIT is agreed, started by the scheduler on its (later) release date, extended past two years with a
// justification, and ended on its new end date; other services hear MoveAgreed, MoveStarted, MoveExtended and
// MoveEnded with the payloads people and vacancies act on. People's side of it is tested in people.
import { IntegrationEvent, MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createMovesApp } from '../src/app';
import { RunDueMovesHandler } from '../src/move/application/run-due-moves/run-due-moves.handler';

const clock = { current: new Date('2026-11-24T09:00:00Z'), now: () => new Date(clock.current) };
const personId = uuidv7();
const person = testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId });
const dwpPlanner = testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' });
const dwpLineManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DWP' });
const dsitHiringManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DSIT' });

const FIELDS = `id status startsOn endsOn justification version`;
const PROPOSE = `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { ${FIELDS} } }`;
const CONSENT = `mutation($id: ID!) { consentToMove(moveId: $id) { ${FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $on: String!) { agreeRelease(moveId: $id, releaseOn: $on) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptMove(moveId: $id) { ${FIELDS} } }`;
const EXTEND = `mutation($id: ID!, $endsOn: String!, $why: String) {
  extendMove(moveId: $id, endsOn: $endsOn, justification: $why) { ${FIELDS} }
}`;
const MOVE = `query($id: ID!) { move(moveId: $id) { ${FIELDS} timeline { type status } } }`;

describe('a loan from agreement to its end (real PostgreSQL and Kafka)', () => {
  let moves: ServiceUnderTest;
  let db: Client;
  let subscription: Subscription;
  const published: IntegrationEvent<Record<string, unknown>>[] = [];

  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: (runtime) => createMovesApp({ ...runtime, dueMovesEveryMs: 0 }),
      clock,
    });
    db = new Client({ connectionString: moves.database.url });
    await db.connect();
    await db.query(
      `INSERT INTO person_read_model (person_id, department_code, grade, profession, fte, started_in_post_on, status,
         minimum_term_ends_on, version, updated_at)
       VALUES ($1, 'DWP', 'SEO', 'Digital, Data and Technology', 1, '2023-01-09', 'ACTIVE', '2024-01-09', 1, now())`,
      [personId],
    );
    subscription = await moves.transport.subscribe(
      { groupId: `saga-temporary-move-${uuidv7()}`, topics: [MOVES_MOVE_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await db?.end();
    await moves?.close();
  });

  const call = async (
    identity: Parameters<ServiceUnderTest['call']>[0],
    query: string,
    variables: object,
  ) => {
    const response = await moves.call(identity, query, variables as Record<string, unknown>);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0] as Record<string, unknown>;
  };

  it('publishes MoveAgreed, MoveStarted, MoveExtended and MoveEnded with what people and vacancies need', async () => {
    const proposed = await call(dwpPlanner, PROPOSE, {
      input: {
        personId,
        kind: 'LOAN',
        hostDepartmentCode: 'DSIT',
        startsOn: '2027-01-04',
        endsOn: '2028-06-30',
        payer: 'HOST',
      },
    });
    const id = proposed.id as string;
    await call(person, CONSENT, { id });
    await call(dwpLineManager, RELEASE, { id, on: '2027-02-01' });
    expect(await call(dsitHiringManager, ACCEPT, { id })).toMatchObject({
      status: 'SCHEDULED',
      startsOn: '2027-02-01',
    });

    const due = moves.app.get(RunDueMovesHandler);
    clock.current = new Date('2027-01-31T23:59:00Z');
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    clock.current = new Date('2027-02-01T06:00:00Z');
    expect(await due.execute()).toEqual({ started: 1, ended: 0, failed: 0 });
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });

    // Past two years from its start, a loan needs a written justification (Cabinet Office loan policy).
    const unjustified = await moves.call(dwpPlanner, EXTEND, { id, endsOn: '2029-03-31' });
    expect(unjustified.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MOVE.LOAN_NEEDS_JUSTIFICATION',
    });
    expect(
      await call(dwpPlanner, EXTEND, { id, endsOn: '2029-03-31', why: 'Programme extended by ministers' }),
    ).toMatchObject({
      status: 'EXTENDED',
      endsOn: '2029-03-31',
      justification: 'Programme extended by ministers',
    });

    // The old end date passes: nothing ends. Then down over the new one, back later: the catch-up ends it once.
    clock.current = new Date('2028-07-01T06:00:00Z');
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });
    clock.current = new Date('2029-05-02T06:00:00Z');
    expect(await due.execute()).toEqual({ started: 0, ended: 1, failed: 0 });
    expect(await due.execute()).toEqual({ started: 0, ended: 0, failed: 0 });

    const read = await call(person, MOVE, { id });
    expect(read.status).toBe('ENDED');
    expect((read.timeline as { type: string }[]).map((entry) => entry.type).slice(-4)).toEqual([
      'MoveScheduled',
      'MoveStarted',
      'MoveExtended',
      'MoveEnded',
    ]);

    const facts = {
      moveId: id,
      personId,
      kind: 'LOAN',
      homeDepartmentCode: 'DWP',
      hostDepartmentCode: 'DSIT',
    };
    await expectEventually(() => {
      const mine = published.filter((event) => event.subject === id);
      expect(mine.map((event) => [event.type, event.aggregateversion, event.data])).toEqual([
        ['MoveAgreed', 6, { ...facts, grade: 'SEO', startsOn: '2027-02-01', endsOn: '2028-06-30' }],
        ['MoveStarted', 8, { ...facts, grade: 'SEO', startedOn: '2027-02-01', endsOn: '2028-06-30' }],
        ['MoveExtended', 9, { ...facts, endsOn: '2029-03-31' }],
        ['MoveEnded', 10, { ...facts, endedOn: '2029-03-31' }],
      ]);
    });
    clock.current = new Date('2026-11-24T09:00:00Z');
  });
});
