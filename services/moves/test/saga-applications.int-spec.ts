// Issue 6, item 8 (and item 2): applications through the moves subgraph on its real database and the broker. Applying
// (every ineligibility reason at once), withdrawing and applying again, one live application per person, the hiring
// department's shortlist, rejection with feedback (kept in moves) and offer (a move that needs no consent), and
// Vacancy.applications for the hiring department only.
import {
  IntegrationEvent,
  MOVES_APPLICATION_TOPIC,
  MOVES_MOVE_TOPIC,
  PLATFORM_AUDIT_TOPIC,
  uuidv7,
  VACANCIES_SOURCE,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { Subscription } from '@civil/messaging';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { Client } from 'pg';
import { createMovesApp } from '../src/app';
import { seedPerson, seedVacancy } from './support/read-model-seeds';

const clock = { current: new Date('2026-11-24T09:00:00Z'), now: () => new Date(clock.current) };
const dsitHiringManager = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'DSIT',
  personId: uuidv7(),
});
const hmrcHiringManager = testIdentity({
  roles: ['HIRING_MANAGER'],
  departmentCode: 'HMRC',
  personId: uuidv7(),
});
const employee = (personId: string, departmentCode = 'DWP') =>
  testIdentity({ roles: ['EMPLOYEE'], departmentCode, personId });

const APPLICATION = `id personId vacancyId kind status feedback moveId version`;
const APPLY = `mutation($input: ApplyForVacancyInput!) { applyForVacancy(input: $input) { ${APPLICATION} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(applicationId: $id) { ${APPLICATION} } }`;
const SHORTLIST = `mutation($id: ID!) { shortlistApplicant(applicationId: $id) { ${APPLICATION} } }`;
const REJECT = `mutation($id: ID!, $feedback: String!) {
  rejectApplicant(applicationId: $id, feedback: $feedback) { ${APPLICATION} }
}`;
const OFFER = `mutation($id: ID!, $terms: OfferTermsInput!) {
  offerMove(applicationId: $id, terms: $terms) { id status origin vacancyId agreements { consentNeeded } }
}`;
const CONSENT = `mutation($id: ID!) { consentToMove(moveId: $id) { id } }`;
const MINE = `{ myApplications { ${APPLICATION} } }`;
const APPLICANTS = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Vacancy { applications { id personId status } } }
}`;

describe('applications (real PostgreSQL and Kafka)', () => {
  let moves: ServiceUnderTest;
  let db: Client;
  let subscription: Subscription;
  const published: IntegrationEvent<Record<string, unknown>>[] = [];
  let vacancyId: string;

  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [MOVES_APPLICATION_TOPIC, MOVES_MOVE_TOPIC, PLATFORM_AUDIT_TOPIC, VACANCIES_VACANCY_TOPIC],
      create: (runtime) => createMovesApp({ ...runtime, dueMovesEveryMs: 0 }),
      clock,
    });
    db = new Client({ connectionString: moves.database.url });
    await db.connect();
    vacancyId = await seedVacancy(db, {
      grade: 'SEO',
      moveKinds: ['LEVEL_TRANSFER'],
      clearanceRequired: 'SC',
    });
    subscription = await moves.transport.subscribe(
      { groupId: `saga-applications-${uuidv7()}`, topics: [MOVES_APPLICATION_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await db?.end();
    await moves?.close();
  });

  const apply = (personId: string, kind = 'LEVEL_TRANSFER') =>
    moves.call(employee(personId), APPLY, {
      input: { vacancyId, kind, statement: 'I built DWP’s data platform.' },
    });
  const applied = async (personId: string) => {
    const response = await apply(personId);
    expect(response.errors).toBeUndefined();
    return response.data!.applyForVacancy as { id: string; status: string };
  };
  const applicants = (identity: Parameters<ServiceUnderTest['call']>[0]) =>
    moves.call(identity, APPLICANTS, { reps: [{ __typename: 'Vacancy', id: vacancyId }] });

  it('refuses an ineligible applicant with every reason at once', async () => {
    const heo = await seedPerson(db, { grade: 'HEO', securityClearance: 'BPSS' });
    const refused = await apply(heo, 'LOAN');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'APPLICATION.NOT_ELIGIBLE',
    });
    for (const reason of ['KIND_NOT_OFFERED', 'GRADE_MISMATCH', 'CLEARANCE_NOT_HELD'])
      expect(refused.errors?.[0].message).toContain(reason);
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM vacancy_application WHERE person_id = $1`,
      [heo],
    );
    expect(rows[0].n).toBe(0);
  });

  it('takes one live application per person, and another after withdrawing', async () => {
    const personId = await seedPerson(db, { securityClearance: 'SC' });
    const first = await applied(personId);
    expect(first.status).toBe('SUBMITTED');
    expect((await apply(personId)).errors?.[0].extensions?.code).toBe('CONFLICT');

    const withdrawn = await moves.call(employee(personId), WITHDRAW, { id: first.id });
    expect(withdrawn.data!.withdrawApplication.status).toBe('WITHDRAWN');
    // A minute later: newest first is then well defined.
    clock.current = new Date(clock.current.getTime() + 60_000);
    const again = await applied(personId);
    expect(again.id).not.toBe(first.id);
    expect(
      (await moves.call(employee(personId), MINE)).data!.myApplications.map(
        (a: { status: string }) => a.status,
      ),
    ).toEqual(['SUBMITTED', 'WITHDRAWN']);
  });

  it('lets the hiring department shortlist, reject with feedback and offer; an offer is a move needing no consent', async () => {
    const chosen = await seedPerson(db, { securityClearance: 'SC' });
    const other = await seedPerson(db, { securityClearance: 'DV', departmentCode: 'HMRC' });
    const chosenApplication = await applied(chosen);
    const otherApplication = (
      await moves.call(employee(other, 'HMRC'), APPLY, {
        input: { vacancyId, kind: 'LEVEL_TRANSFER', statement: 'Ten years of analytics at HMRC.' },
      })
    ).data!.applyForVacancy;

    // Another department's hiring manager may not see the applicants, nor act on them.
    const forbidden = await applicants(hmrcHiringManager);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await moves.call(hmrcHiringManager, SHORTLIST, { id: otherApplication.id })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const listed = (await applicants(dsitHiringManager)).data!._entities[0].applications as { id: string }[];
    expect(listed.map((application) => application.id)).toEqual(
      expect.arrayContaining([chosenApplication.id, otherApplication.id]),
    );

    expect(
      (await moves.call(dsitHiringManager, SHORTLIST, { id: otherApplication.id })).data!.shortlistApplicant,
    ).toMatchObject({ status: 'SHORTLISTED' });
    const feedback = 'Strong analysis; we needed more Spark experience.';
    expect(
      (await moves.call(dsitHiringManager, REJECT, { id: otherApplication.id, feedback })).data!
        .rejectApplicant,
    ).toMatchObject({ status: 'REJECTED', feedback });
    // The applicant reads the feedback in moves.
    expect((await moves.call(employee(other, 'HMRC'), MINE)).data!.myApplications[0]).toMatchObject({
      id: otherApplication.id,
      status: 'REJECTED',
      feedback,
    });

    const offered = await moves.call(dsitHiringManager, OFFER, {
      id: chosenApplication.id,
      terms: { startsOn: '2027-01-04', payer: 'HOST' },
    });
    expect(offered.errors).toBeUndefined();
    const move = offered.data!.offerMove;
    expect(move).toMatchObject({
      status: 'AWAITING_AGREEMENT',
      origin: 'APPLICATION',
      vacancyId,
      agreements: { consentNeeded: false },
    });
    expect(
      (await moves.call(employee(chosen), CONSENT, { id: move.id })).errors?.[0].extensions?.reason,
    ).toBe('MOVE.AGREEMENT_NOT_NEEDED');
    expect((await moves.call(employee(chosen), MINE)).data!.myApplications[0]).toMatchObject({
      status: 'OFFERED',
      moveId: move.id,
    });

    // The hiring department hears of each application; the applicant not selected is told, without the feedback.
    await expectEventually(() => {
      const about = (id: string) =>
        published.filter((event) => event.subject === id).map((event) => event.type);
      expect(about(otherApplication.id)).toEqual([
        'ApplicationSubmitted',
        'ApplicantShortlisted',
        'ApplicantNotSelected',
      ]);
      expect(about(chosenApplication.id)).toEqual(['ApplicationSubmitted', 'ApplicantOffered']);
    });
    const notSelected = published.find(
      (event) => event.subject === otherApplication.id && event.type === 'ApplicantNotSelected',
    )!;
    expect(notSelected.data).toEqual({
      applicationId: otherApplication.id,
      personId: other,
      vacancyId,
      hostDepartmentCode: 'DSIT',
    });
    expect(JSON.stringify(published)).not.toContain('Spark');
  });

  it('tells applicants still waiting that they were not selected when the vacancy is filled', async () => {
    const filled = await seedVacancy(db, { grade: 'SEO', moveKinds: ['LEVEL_TRANSFER'] });
    const waiting = await seedPerson(db);
    const shortlisted = await seedPerson(db);
    const withdrawn = await seedPerson(db);
    const apply = async (personId: string) =>
      (
        await moves.call(employee(personId), APPLY, {
          input: { vacancyId: filled, kind: 'LEVEL_TRANSFER', statement: 'I lead data teams.' },
        })
      ).data!.applyForVacancy.id as string;
    const [a, b, c] = [await apply(waiting), await apply(shortlisted), await apply(withdrawn)];
    await moves.call(dsitHiringManager, SHORTLIST, { id: b });
    await moves.call(employee(withdrawn), WITHDRAW, { id: c });

    const event = {
      specversion: '1.0',
      id: uuidv7(),
      source: VACANCIES_SOURCE,
      type: 'VacancyFilled',
      subject: filled,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      aggregateversion: 3,
      traceid: 'filled-test',
      data: { vacancyId: filled, departmentCode: 'DSIT', status: 'FILLED', changedOn: '2026-11-24' },
    };
    // Delivered twice: the second finds nobody still waiting.
    for (const id of [event.id, uuidv7()])
      await moves.transport.publish(VACANCIES_VACANCY_TOPIC, [
        { key: filled, value: JSON.stringify({ ...event, id }) },
      ]);

    await expectEventually(async () => {
      const { rows } = await db.query(
        `SELECT id, status, feedback FROM vacancy_application WHERE vacancy_id = $1 ORDER BY id`,
        [filled],
      );
      expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
        [a]: 'REJECTED',
        [b]: 'REJECTED',
        [c]: 'WITHDRAWN',
      });
      expect(rows.find((row) => row.id === a).feedback).toMatch(/filled/);
    });
    await expectEventually(() => {
      const notSelected = published.filter(
        (e) => e.type === 'ApplicantNotSelected' && e.data.vacancyId === filled,
      );
      expect(notSelected.map((e) => e.data.applicationId).sort()).toEqual([a, b].sort());
    });
  });
});
