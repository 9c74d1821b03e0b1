// The Person aggregate's changes against the real PostgreSQL and Kafka: optimistic concurrency enforced in SQL, the
// events on people.person.v1 (one version sequence, no personal data), and tenure dates across the rules.
import { IntegrationEvent, PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC, uuidv7 } from '@civil/contracts';
import { Identity } from '@civil/auth';
import { Subscription } from '@civil/messaging';
import { TransactionRunner } from '@civil/platform';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { randomBytes } from 'node:crypto';
import { createPeopleApp } from '../src/app';
import { PersonRepository } from '../src/person/domain/person.repository';

const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!, $v: Int!) {
  updatePerson(id: $id, input: $input, expectedVersion: $v) { id givenName grade version }
}`;
const SET_SKILLS = `mutation($id: ID!, $skills: [PersonSkillInput!]!) {
  setSkills(personId: $id, skills: $skills) { version skills { skillCode level evidence } }
}`;
const SET_PREFERENCES = `mutation($id: ID!, $p: MobilityPreferencesInput!) {
  setMobilityPreferences(personId: $id, preferences: $p) { version eligibleToMoveFrom }
}`;
const JOIN = `mutation($id: ID!, $track: String!) { joinSpecialistTrack(personId: $id, trackCode: $track) { version } }`;
const LEAVER = `mutation($id: ID!, $on: String!) { recordLeaver(personId: $id, leftOn: $on) { version status } }`;
const TENURE = `query($id: ID!) { person(id: $id) { version minimumTermEndsOn eligibleToMoveFrom } }`;
const ME = `{ me { id staffNumber skills { skillCode } mobilityPreferences { openToMove } } }`;

const HMRC_HR = testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' });

function newPerson(overrides: Record<string, unknown> = {}) {
  const suffix = randomBytes(4).toString('hex').toUpperCase();
  return {
    staffNumber: `HP${suffix}`,
    givenName: 'Ada',
    familyName: 'Lovelace',
    workEmail: `ada.${suffix.toLowerCase()}@hmrc.gov.uk`,
    departmentCode: 'HMRC',
    grade: 'G7',
    profession: 'Digital, Data and Technology',
    location: 'Leeds',
    fte: 1,
    startedInPostOn: '2025-01-31',
    ...overrides,
  };
}

describe('Person aggregate changes (real PostgreSQL and Kafka)', () => {
  let people: ServiceUnderTest;
  let subscription: Subscription;
  const published: IntegrationEvent<Record<string, unknown>>[] = [];

  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = HMRC_HR) =>
    people.call(identity, query, variables);
  const register = async (overrides: Record<string, unknown> = {}) => {
    const response = await call(REGISTER, { input: newPerson(overrides) });
    expect(response.errors).toBeUndefined();
    return response.data!.registerPerson.id as string;
  };
  const self = (personId: string) => testIdentity({ roles: ['EMPLOYEE'], personId });

  beforeAll(async () => {
    people = await ServiceUnderTest.start({
      service: 'people',
      topics: [PEOPLE_PERSON_TOPIC, PLATFORM_AUDIT_TOPIC],
      create: createPeopleApp,
    });
    subscription = await people.transport.subscribe(
      { groupId: `people-profile-test-${uuidv7()}`, topics: [PEOPLE_PERSON_TOPIC], fromBeginning: true },
      async (message) => void published.push(JSON.parse(message.value)),
    );
  });

  afterAll(async () => {
    await subscription?.stop();
    await people?.close();
  });

  it('refuses an update from a stale version with CONFLICT, and keeps the newer change', async () => {
    const id = await register();
    const first = await call(UPDATE, { id, input: { grade: 'G6' }, v: 1 });
    expect(first.data!.updatePerson).toMatchObject({ grade: 'G6', version: 2 });

    const stale = await call(UPDATE, { id, input: { grade: 'SEO' }, v: 1 });

    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PERSON.VERSION_CONFLICT',
    });
    expect((await call(TENURE, { id })).data!.person.version).toBe(2);
  });

  it('lets exactly one of two concurrent updates from the same version win; the other gets CONFLICT', async () => {
    const id = await register();

    const responses = await Promise.all(
      ['Augusta', 'Ada Augusta'].map((givenName) => call(UPDATE, { id, input: { givenName }, v: 1 })),
    );

    const winners = responses.filter((response) => response.data?.updatePerson);
    expect(winners).toHaveLength(1);
    expect(responses.flatMap((response) => response.errors ?? []).map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'PERSON.VERSION_CONFLICT' }),
    ]);
    const stored = await call(`query($id: ID!) { person(id: $id) { givenName version } }`, { id });
    expect(stored.data!.person).toEqual({ givenName: winners[0].data!.updatePerson.givenName, version: 2 });
  });

  it('enforces the version in SQL: two transactions that both read version 1 cannot both write', async () => {
    const id = await register();
    const transactions = people.app.get(TransactionRunner);
    const repository = people.app.get(PersonRepository);
    const policy = { defaultMonths: 12, gradeMonths: new Map(), trackMonths: new Map() };
    let arrived = 0;
    let release!: () => void;
    const bothLoaded = new Promise<void>((resolve) => (release = resolve));
    const change = (fte: number) =>
      transactions.run(async () => {
        const person = (await repository.findById(id))!;
        if (++arrived === 2) release();
        await bothLoaded;
        person.changeDetails({ fte }, new Date(), policy);
        await repository.save(person, 1);
      });

    const results = await Promise.allSettled([change(0.5), change(0.6)]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({
      reason: { reason: 'PERSON.VERSION_CONFLICT' },
    });
    expect((await call(TENURE, { id })).data!.person.version).toBe(2);
  });

  it('publishes every change on people.person.v1 in one version sequence, with tenure dates and no personal data', async () => {
    const id = await register();
    const employee = self(id);
    const skills = [
      {
        skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING',
        level: 'EXPERT',
        evidence: 'Modelled the secret tax gap',
      },
    ];
    expect((await call(SET_SKILLS, { id, skills }, employee)).data!.setSkills).toMatchObject({
      version: 2,
      skills,
    });
    const preferences = {
      openToMove: true,
      moveKindsWanted: ['LOAN'],
      departmentsWanted: ['DSIT'],
      locationsWanted: ['Manchester'],
      earliestMoveOn: '2026-06-01',
      shareProfileAcrossDepartments: true,
    };
    expect((await call(SET_PREFERENCES, { id, p: preferences }, employee)).errors).toBeUndefined();
    expect((await call(JOIN, { id, track: 'DDAT.DATA_SCIENCE' })).errors).toBeUndefined();
    expect((await call(LEAVER, { id, on: '2026-12-31' })).data!.recordLeaver).toEqual({
      version: 5,
      status: 'LEFT',
    });

    const events = await expectEventually(() => {
      const mine = published.filter((event) => event.subject === id);
      expect(mine).toHaveLength(5);
      return mine;
    });
    expect(events.map((event) => [event.type, event.aggregateversion])).toEqual([
      ['PersonRegistered', 1],
      ['PersonSkillsChanged', 2],
      ['PersonPreferencesChanged', 3],
      ['PersonTrackChanged', 4],
      ['PersonLeft', 5],
    ]);
    expect(JSON.stringify(events)).not.toMatch(/Ada|Lovelace|hmrc\.gov\.uk|tax gap/);
    expect(events[1].data).toMatchObject({
      skills: [{ skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', level: 'EXPERT' }],
    });
    // G7, started 2025-01-31: the configured 12 months; then the person's own later earliest move date.
    expect(events[0].data).toMatchObject({
      minimumTermEndsOn: '2026-01-31',
      eligibleToMoveFrom: '2026-01-31',
    });
    expect(events[2].data).toMatchObject({
      minimumTermEndsOn: '2026-01-31',
      eligibleToMoveFrom: '2026-06-01',
    });
    // On the data science track: its 36-month minimum.
    expect(events[3].data).toMatchObject({
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      minimumTermEndsOn: '2028-01-31',
    });
  });

  it('computes tenure dates across the rules: default, the SCS published minimum, the track, the earliest move date', async () => {
    const g7 = await register({ startedInPostOn: '2024-01-31' });
    const scs1 = await register({ grade: 'SCS1', startedInPostOn: '2024-01-31' });
    const tenure = async (id: string) => (await call(TENURE, { id })).data!.person;

    expect(await tenure(g7)).toMatchObject({
      minimumTermEndsOn: '2025-01-31',
      eligibleToMoveFrom: '2025-01-31',
    });
    expect(await tenure(scs1)).toMatchObject({ minimumTermEndsOn: '2027-01-31' });

    await call(JOIN, { id: g7, track: 'DDAT.DATA_SCIENCE' });
    expect(await tenure(g7)).toMatchObject({ minimumTermEndsOn: '2027-01-31' });

    const preferences = {
      openToMove: true,
      moveKindsWanted: [],
      departmentsWanted: [],
      locationsWanted: [],
      earliestMoveOn: '2027-09-01',
      shareProfileAcrossDepartments: false,
    };
    const set = await call(SET_PREFERENCES, { id: g7, p: preferences }, self(g7));
    expect(set.data!.setMobilityPreferences).toMatchObject({ eligibleToMoveFrom: '2027-09-01' });
  });

  it("answers `me` with the caller's own record, skills and preferences", async () => {
    const id = await register();
    const response = await call(ME, {}, self(id));
    expect(response.data!.me).toMatchObject({ id, skills: [], mobilityPreferences: { openToMove: false } });
  });

  it('keeps employment fields to HR: the person may change their own name but not their grade', async () => {
    const id = await register();
    const own = await call(UPDATE, { id, input: { givenName: 'Augusta' }, v: 1 }, self(id));
    expect(own.data!.updatePerson).toMatchObject({ givenName: 'Augusta', version: 2 });
    const grade = await call(UPDATE, { id, input: { grade: 'G6' }, v: 2 }, self(id));
    expect(grade.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
