// Issue 6, item 8: tenure. A move that would start inside the person's minimum term is held (TENURE_HOLD) and nobody can
// agree to it; only a workforce planner releases the hold, with a written reason kept on the timeline and in the audit
// trail. A promotion along the person's own specialist track is not held; one off their track is.
import { MOVES_APPLICATION_TOPIC, MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { ServiceUnderTest } from '@civil/service-testing';
import { testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createMovesApp } from '../src/app';
import { DDAT, seedPerson, seedVacancy } from './support/read-model-seeds';

const clock = { current: new Date('2026-11-24T09:00:00Z'), now: () => new Date(clock.current) };
const MINIMUM_TERM_ENDS_ON = '2027-06-30';
const DATA_SCIENCE_TRACK = { profession: DDAT, specialism: 'Data science', grades: ['HEO', 'SEO', 'G7'] };

const dwpPlanner = testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP', personId: uuidv7() });
const dwpLineManager = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: 'DWP', personId: uuidv7() });
const dsitHiringManager = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DSIT',
  personId: uuidv7(),
});
const dsitPlanner = testIdentity({
  roles: ['WORKFORCE_PLANNER'],
  departmentCode: 'DSIT',
  personId: uuidv7(),
});
const employee = (personId: string) => testIdentity({ roles: ['EMPLOYEE'], departmentCode: 'DWP', personId });

const FIELDS = `id status origin version tenureHold { minimumTermEndsOn releaseReason } agreements { consentNeeded }`;
const PROPOSE = `mutation($input: ProposeMoveInput!) { proposeMove(input: $input) { ${FIELDS} } }`;
const CONSENT = `mutation($id: ID!) { consentToMove(moveId: $id) { ${FIELDS} } }`;
const RELEASE = `mutation($id: ID!, $on: String!) { agreeRelease(moveId: $id, releaseOn: $on) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptMove(moveId: $id) { ${FIELDS} } }`;
const RELEASE_HOLD = `mutation($id: ID!, $reason: String!) {
  releaseTenureHold(moveId: $id, reason: $reason) { ${FIELDS} }
}`;
const TIMELINE = `query($id: ID!) { move(moveId: $id) { timeline { type status actorRole details } } }`;
const APPLY = `mutation($input: ApplyForVacancyInput!) { applyForVacancy(input: $input) { id status } }`;
const OFFER = `mutation($id: ID!, $terms: OfferTermsInput!) { offerMove(applicationId: $id, terms: $terms) { ${FIELDS} } }`;

describe('tenure holds (real PostgreSQL and Kafka)', () => {
  let moves: ServiceUnderTest;
  let db: Client;

  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [MOVES_MOVE_TOPIC, MOVES_APPLICATION_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: (runtime) => createMovesApp({ ...runtime, dueMovesEveryMs: 0 }),
      clock,
    });
    db = new Client({ connectionString: moves.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await moves?.close();
  });

  const propose = async (personId: string, startsOn: string) => {
    const response = await moves.call(dwpPlanner, PROPOSE, {
      input: { personId, kind: 'LEVEL_TRANSFER', hostDepartmentCode: 'DSIT', startsOn, payer: 'HOST' },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.proposeMove;
  };
  const reasonOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0].extensions?.reason ?? response.errors?.[0].extensions?.code;

  it('holds a move inside the minimum term until a planner releases it with a reason, audited', async () => {
    const personId = await seedPerson(db, { minimumTermEndsOn: MINIMUM_TERM_ENDS_ON });
    const held = await propose(personId, '2027-01-04');
    expect(held).toMatchObject({
      status: 'TENURE_HOLD',
      tenureHold: { minimumTermEndsOn: MINIMUM_TERM_ENDS_ON },
    });
    const id = held.id;

    // Nobody agrees to a held move.
    expect(reasonOf(await moves.call(employee(personId), CONSENT, { id }))).toBe('MOVE.TENURE_HOLD');
    expect(reasonOf(await moves.call(dwpLineManager, RELEASE, { id, on: '2027-01-04' }))).toBe(
      'MOVE.TENURE_HOLD',
    );
    expect(reasonOf(await moves.call(dsitHiringManager, ACCEPT, { id }))).toBe('MOVE.TENURE_HOLD');
    // Only a planner (of the home department, or cross-government) releases it, and only with a written reason.
    expect(
      reasonOf(await moves.call(dsitHiringManager, RELEASE_HOLD, { id, reason: 'Urgent need in DSIT' })),
    ).toBe('FORBIDDEN');
    expect(reasonOf(await moves.call(dsitPlanner, RELEASE_HOLD, { id, reason: 'Urgent need in DSIT' }))).toBe(
      'FORBIDDEN',
    );
    expect(reasonOf(await moves.call(dwpPlanner, RELEASE_HOLD, { id, reason: 'ok' }))).toBe(
      'MOVE.REASON_REQUIRED',
    );
    const reason = 'Ministerial priority: the AI unit must be staffed by January';
    const released = await moves.call(dwpPlanner, RELEASE_HOLD, { id, reason });
    expect(released.errors).toBeUndefined();
    expect(released.data!.releaseTenureHold).toMatchObject({
      status: 'AWAITING_AGREEMENT',
      tenureHold: { minimumTermEndsOn: MINIMUM_TERM_ENDS_ON, releaseReason: reason },
    });

    const timeline = (await moves.call(dwpPlanner, TIMELINE, { id })).data!.move.timeline;
    expect(timeline.map((entry: { type: string }) => entry.type)).toEqual([
      'MoveProposed',
      'MoveHeldForTenure',
      'TenureHoldReleased',
    ]);
    expect(timeline[2]).toMatchObject({ status: 'AWAITING_AGREEMENT', actorRole: 'PLANNER' });
    expect(JSON.stringify(timeline[2].details)).toContain(reason);

    // The audit trail keeps who released it and why, and the refused attempts left no trace of a release.
    const { rows } = await db.query(
      `SELECT operation, actor_person_id, record_type, record_id, subject_person_id, changes FROM audit_log
       WHERE record_id = $1 AND operation = 'Mutation.releaseTenureHold'`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_person_id: dwpPlanner.personId,
      record_type: 'Move',
      subject_person_id: personId,
    });
    expect(rows[0].changes.after).toMatchObject({ reason, status: 'AWAITING_AGREEMENT' });

    // Released, it goes through the agreements like any other move.
    await moves.call(employee(personId), CONSENT, { id });
    await moves.call(dwpLineManager, RELEASE, { id, on: '2027-01-04' });
    expect((await moves.call(dsitHiringManager, ACCEPT, { id })).data!.acceptMove.status).toBe('SCHEDULED');
  });

  it('does not hold a move that starts once the minimum term is over', async () => {
    const personId = await seedPerson(db, { minimumTermEndsOn: MINIMUM_TERM_ENDS_ON });
    expect((await propose(personId, MINIMUM_TERM_ENDS_ON)).status).toBe('AWAITING_AGREEMENT');
  });

  it('lets a promotion along the person’s own specialist track through, and holds one off it', async () => {
    const vacancyId = await seedVacancy(db, {
      grade: 'SEO',
      specialism: 'Data science',
      moveKinds: ['PROMOTION'],
    });
    const offer = async (track: typeof DATA_SCIENCE_TRACK) => {
      const personId = await seedPerson(db, {
        grade: 'HEO',
        minimumTermEndsOn: MINIMUM_TERM_ENDS_ON,
        specialistTrack: track,
      });
      const applied = await moves.call(employee(personId), APPLY, {
        input: { vacancyId, kind: 'PROMOTION', statement: 'Five years of data science in DWP.' },
      });
      expect(applied.errors).toBeUndefined();
      const offered = await moves.call(dsitHiringManager, OFFER, {
        id: applied.data!.applyForVacancy.id,
        terms: { startsOn: '2027-01-04', payer: 'HOST' },
      });
      expect(offered.errors).toBeUndefined();
      return offered.data!.offerMove;
    };

    expect(await offer(DATA_SCIENCE_TRACK)).toMatchObject({
      status: 'AWAITING_AGREEMENT',
      origin: 'APPLICATION',
      tenureHold: null,
    });
    expect(await offer({ ...DATA_SCIENCE_TRACK, specialism: 'Data engineering' })).toMatchObject({
      status: 'TENURE_HOLD',
      origin: 'APPLICATION',
      tenureHold: { minimumTermEndsOn: MINIMUM_TERM_ENDS_ON },
    });
  });
});
