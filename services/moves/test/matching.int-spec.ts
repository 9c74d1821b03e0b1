// Matching with reasons (issue 7, part 2) through the moves subgraph, on real PostgreSQL and Kafka: the projection of
// skills and preferences from people's events, Person.recommendedOpportunities and Vacancy.suggestedCandidates with
// their explanations, the specialist-first order, consent and visibility, and the same answer every time.
import {
  IntegrationEvent,
  PEOPLE_PERSON_TOPIC,
  PEOPLE_SOURCE,
  PersonPreferencesChangedV1,
  PersonRegisteredV1,
  PersonSkillsChangedV1,
  uuidv7,
  VACANCIES_VACANCY_TOPIC,
} from '@civil/contracts';
import { Identity } from '@civil/auth';
import { ServiceUnderTest } from '@civil/service-testing';
import { expectEventually, testIdentity } from '@civil/testing';
import { DataSource } from 'typeorm';
import { createMovesApp } from '../src/app';
import { DATA_SCIENCE_TRACK, DDAT, seedMatchingPerson, seedMatchingVacancy } from './support/matching-seeds';

const TODAY = '2026-11-24';
const clock = { now: () => new Date(`${TODAY}T09:00:00Z`) };
const MODELLING = 'DDAT.DATA_SCIENCE.DATA_MODELLING';
const PROGRAMMING = 'DDAT.DATA_SCIENCE.PROGRAMMING';
const ETHICS = 'DDAT.DATA_SCIENCE.DATA_ETHICS';

const EXPLANATION = `explanation {
  skillsMet { skillCode required held levelGap essential }
  skillsMissing { skillCode required held levelGap essential }
  behaviours gradeFit moveKind specialismAligned locationFit clearanceMet eligibleFrom
  points { skills grade profession specialism location eligibility moveKind department development }
}`;
const RECOMMENDED = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) {
  ... on Person { recommendedOpportunities(first: $first) { score vacancy { id } ${EXPLANATION} } }
} }`;
const SUGGESTED = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) {
  ... on Vacancy { suggestedCandidates(first: $first) { score person { id } ${EXPLANATION} } }
} }`;

interface Explained {
  score: number;
  explanation: Record<string, unknown> & { points: Record<string, number> };
}
type Recommended = Explained & { vacancy: { id: string } };
type Suggested = Explained & { person: { id: string } };

let moves: ServiceUnderTest;
let db: DataSource;

const employee = (personId: string, departmentCode = 'DWP') =>
  testIdentity({ roles: ['EMPLOYEE'], personId, departmentCode });
const hiringManager = (departmentCode = 'HMRC') =>
  testIdentity({ roles: ['HIRING_MANAGER'], departmentCode });

async function recommendations(identity: Identity, personId: string, first?: number, departmentCode = 'DWP') {
  const response = await moves.call(identity, RECOMMENDED, {
    r: [{ __typename: 'Person', id: personId, departmentCode }],
    first,
  });
  return response;
}
async function recommended(personId: string, first?: number): Promise<Recommended[]> {
  const response = await recommendations(employee(personId), personId, first);
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0].recommendedOpportunities;
}
async function suggested(
  vacancyId: string,
  identity = hiringManager(),
  first?: number,
): Promise<Suggested[]> {
  const response = await moves.call(identity, SUGGESTED, {
    r: [{ __typename: 'Vacancy', id: vacancyId }],
    first,
  });
  expect(response.errors).toBeUndefined();
  return response.data!._entities[0].suggestedCandidates;
}
const pointsAddUp = ({ score, explanation }: Explained) =>
  expect(Math.round(Object.values(explanation.points).reduce((sum, value) => sum + value * 1000, 0))).toBe(
    Math.round(score * 1000),
  );

describe('matching (real PostgreSQL and Kafka)', () => {
  beforeAll(async () => {
    moves = await ServiceUnderTest.start({
      service: 'moves',
      topics: [PEOPLE_PERSON_TOPIC, VACANCIES_VACANCY_TOPIC],
      create: createMovesApp,
      clock,
    });
    db = moves.app.get(DataSource);
    // Our consumer group reads the shared topics from the start: wait until it has taken in everything other test
    // files published before, so that none of it turns up in the lists below.
    const marker = uuidv7();
    await moves.transport.publish(PEOPLE_PERSON_TOPIC, [
      {
        key: marker,
        value: JSON.stringify({
          specversion: '1.0',
          id: uuidv7(),
          source: PEOPLE_SOURCE,
          type: 'PersonRegistered',
          subject: marker,
          time: new Date().toISOString(),
          datacontenttype: 'application/json',
          aggregateversion: 1,
          traceid: 'matching-test',
          data: {
            personId: marker,
            departmentCode: 'DWP',
            grade: 'SEO',
            profession: DDAT,
            fte: 1,
            startedInPostOn: '2024-01-09',
            status: 'ACTIVE',
          },
        }),
      },
    ]);
    await expectEventually(async () =>
      expect(await db.query(`SELECT 1 FROM person_read_model WHERE person_id = $1`, [marker])).toHaveLength(
        1,
      ),
    );
  });

  afterAll(async () => {
    await moves?.close();
  });

  beforeEach(async () => {
    await db.query(
      `DELETE FROM move_event; DELETE FROM move; DELETE FROM person_read_model; DELETE FROM vacancy_read_model`,
    );
  });

  describe('taking in skills and preferences', () => {
    const envelope = <T>(type: string, subject: string, version: number, data: T): IntegrationEvent<T> => ({
      specversion: '1.0',
      id: uuidv7(),
      source: PEOPLE_SOURCE,
      type,
      subject,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      aggregateversion: version,
      traceid: 'matching-test',
      data,
    });
    const publish = (...events: IntegrationEvent<object>[]) =>
      moves.transport.publish(
        PEOPLE_PERSON_TOPIC,
        events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })),
      );
    const tenure = { minimumTermEndsOn: '2025-01-09', eligibleToMoveFrom: '2027-02-01' };
    const row = async (personId: string) =>
      (
        await db.query(
          `SELECT skills, skills_to_develop, open_to_move, share_profile, move_kinds_wanted, departments_wanted,
                  locations_wanted, earliest_move_on::text, eligible_to_move_from::text, version
             FROM person_read_model WHERE person_id = $1`,
          [personId],
        )
      )[0];

    it('gives a newly registered person the skills and preferences people raises after registering them', async () => {
      // People registers with neither (PersonRegistered has no room for them), then raises one event per part of the
      // profile the HR feed gave (person-import.plan.ts): moves must end up with all of it.
      const personId = uuidv7();
      const registered: PersonRegisteredV1 = {
        personId,
        departmentCode: 'DWP',
        grade: 'SEO',
        profession: DDAT,
        location: 'Leeds',
        fte: 1,
        startedInPostOn: '2024-01-09',
        status: 'ACTIVE',
        ...tenure,
      };
      const skills: PersonSkillsChangedV1 = {
        personId,
        ...tenure,
        skills: [{ skillCode: MODELLING, level: 'PRACTITIONER' }],
        skillsToDevelop: [ETHICS],
      };
      const preferences: PersonPreferencesChangedV1 = {
        personId,
        ...tenure,
        openToMove: true,
        moveKindsWanted: ['LEVEL_TRANSFER', 'LOAN'],
        departmentsWanted: ['HMRC'],
        locationsWanted: ['Manchester'],
        earliestMoveOn: '2027-02-01',
        shareProfileAcrossDepartments: true,
      };
      await publish(
        envelope('PersonRegistered', personId, 1, registered),
        envelope('PersonSkillsChanged', personId, 2, skills),
        envelope('PersonPreferencesChanged', personId, 3, preferences),
      );

      const expected = {
        skills: [{ skillCode: MODELLING, level: 'PRACTITIONER' }],
        skills_to_develop: [ETHICS],
        open_to_move: true,
        share_profile: true,
        move_kinds_wanted: ['LEVEL_TRANSFER', 'LOAN'],
        departments_wanted: ['HMRC'],
        locations_wanted: ['Manchester'],
        earliest_move_on: '2027-02-01',
        eligible_to_move_from: '2027-02-01',
        version: 3,
      };
      await expectEventually(async () => expect(await row(personId)).toEqual(expected));

      // Delivered again (same version, a new envelope) and late (an older version): neither changes anything.
      await publish(
        envelope('PersonSkillsChanged', personId, 2, { ...skills, skills: [] }),
        envelope('PersonPreferencesChanged', personId, 3, { ...preferences, openToMove: false }),
        envelope('PersonPreferencesChanged', personId, 2, {
          ...preferences,
          shareProfileAcrossDepartments: false,
        }),
      );
      const marker = uuidv7();
      await publish(envelope('PersonRegistered', marker, 1, { ...registered, personId: marker }));
      await expectEventually(async () => expect(await row(marker)).toBeDefined());
      expect(await row(personId)).toEqual(expected);

      // A newer version replaces the whole list, as people sends it.
      await publish(
        envelope('PersonSkillsChanged', personId, 4, { ...skills, skills: [], skillsToDevelop: [] }),
      );
      await expectEventually(async () =>
        expect(await row(personId)).toMatchObject({ skills: [], skills_to_develop: [], version: 4 }),
      );
    });
  });

  describe('Person.recommendedOpportunities', () => {
    const ada = () =>
      seedMatchingPerson(db, {
        specialistTrack: DATA_SCIENCE_TRACK,
        skills: [
          { skillCode: MODELLING, level: 'PRACTITIONER' },
          { skillCode: PROGRAMMING, level: 'WORKING' },
        ],
        moveKindsWanted: ['LEVEL_TRANSFER'],
      });

    it('ranks roles in the specialism first, then by score, with every reason', async () => {
      const personId = await ada();
      // In the specialism, but in London and short of the skills asked: 558 thousandths.
      const specialistWeak = await seedMatchingVacancy(db, {
        departmentCode: 'HMRC',
        locations: ['London'],
        requiredSkills: [
          { skillCode: MODELLING, minimumLevel: 'EXPERT', essential: true },
          { skillCode: ETHICS, minimumLevel: 'WORKING', essential: false },
        ],
        behaviours: ['Seeing the Big Picture', 'Delivering at Pace'],
      });
      // In the specialism, in Leeds, asking no skills: 905.
      const specialistStrong = await seedMatchingVacancy(db, { departmentCode: 'DfE' });
      // A promotion at home, advertised to DWP only: visible to Ada; she wants transfers, not promotions: 855.
      const promotionAtHome = await seedMatchingVacancy(db, {
        departmentCode: 'DWP',
        grade: 'G7',
        moveKinds: ['PROMOTION'],
        visibility: 'OWN_DEPARTMENT',
      });
      // Outside the specialism, in Leeds: 755, higher than specialistWeak, yet after every specialist role.
      const policy = await seedMatchingVacancy(db, {
        departmentCode: 'HO',
        profession: 'Policy',
        specialism: null,
      });
      // Never: another department's own vacancy, closed, past its closing date, two grades up, DV, a secondment in.
      await seedMatchingVacancy(db, { departmentCode: 'CO', visibility: 'OWN_DEPARTMENT' });
      await seedMatchingVacancy(db, { status: 'CLOSED' });
      await seedMatchingVacancy(db, { closingDate: '2026-11-23' });
      await seedMatchingVacancy(db, { grade: 'G6', moveKinds: ['PROMOTION'] });
      await seedMatchingVacancy(db, { clearanceRequired: 'DV' });
      await seedMatchingVacancy(db, { moveKinds: ['SECONDMENT_IN'] });

      const found = await recommended(personId);

      expect(found.map((match) => [match.vacancy.id, match.score])).toEqual([
        [specialistStrong, 0.905],
        [promotionAtHome, 0.855],
        [specialistWeak, 0.558],
        [policy, 0.755],
      ]);
      found.forEach(pointsAddUp);
      expect(found[2].explanation).toEqual({
        skillsMet: [],
        skillsMissing: [
          { skillCode: MODELLING, required: 'EXPERT', held: 'PRACTITIONER', levelGap: 1, essential: true },
          { skillCode: ETHICS, required: 'WORKING', held: null, levelGap: 2, essential: false },
        ],
        behaviours: ['Seeing the Big Picture', 'Delivering at Pace'],
        gradeFit: 'SAME_GRADE',
        moveKind: 'LEVEL_TRANSFER',
        specialismAligned: true,
        locationFit: 'ELSEWHERE',
        clearanceMet: true,
        eligibleFrom: TODAY,
        points: {
          skills: 0.133,
          grade: 0.1,
          profession: 0.1,
          specialism: 0.05,
          location: 0,
          eligibility: 0.1,
          moveKind: 0.05,
          department: 0.025,
          development: 0,
        },
      });
      expect(found[1].explanation).toMatchObject({
        gradeFit: 'ONE_GRADE_UP',
        moveKind: 'PROMOTION',
        locationFit: 'SAME_LOCATION',
      });
      expect(found[3].explanation).toMatchObject({ specialismAligned: false, points: { profession: 0 } });
      // `first` keeps the best: the same list, cut.
      expect((await recommended(personId, 2)).map((match) => match.vacancy.id)).toEqual([
        specialistStrong,
        promotionAtHome,
      ]);
    });

    it('shows when the person may move: tenure, and their own date; a promotion along their track is not held', async () => {
      const personId = await seedMatchingPerson(db, {
        grade: 'HEO',
        specialistTrack: DATA_SCIENCE_TRACK,
        minimumTermEndsOn: '2027-05-24',
        earliestMoveOn: '2027-01-04',
      });
      const alongTrack = await seedMatchingVacancy(db, { moveKinds: ['PROMOTION'] });
      const transfer = await seedMatchingVacancy(db, {
        grade: 'HEO',
        profession: 'Policy',
        specialism: null,
      });

      const found = await recommended(personId);

      const eligibleFrom = Object.fromEntries(
        found.map((match) => [match.vacancy.id, match.explanation.eligibleFrom]),
      );
      expect(eligibleFrom).toEqual({ [alongTrack]: '2027-01-04', [transfer]: '2027-05-24' });
    });

    it('breaks ties by the sooner closing date, then by id, and answers the same every time', async () => {
      const personId = await seedMatchingPerson(db);
      const tied = { departmentCode: 'HO', profession: 'Policy', specialism: null };
      const later = await seedMatchingVacancy(db, { ...tied, closingDate: '2027-03-01' });
      const sooner = await seedMatchingVacancy(db, { ...tied, closingDate: '2027-01-15' });
      const sameDay = [
        await seedMatchingVacancy(db, { ...tied, closingDate: '2027-02-01' }),
        await seedMatchingVacancy(db, { ...tied, closingDate: '2027-02-01' }),
      ].sort();

      const first = await recommended(personId);

      expect(new Set(first.map((match) => match.score)).size).toBe(1);
      expect(first.map((match) => match.vacancy.id)).toEqual([sooner, ...sameDay, later]);
      for (let round = 0; round < 3; round++) expect(await recommended(personId)).toEqual(first);
    });

    it('is the person’s, and their department’s HR admins’ and planners’', async () => {
      const personId = await ada();
      await seedMatchingVacancy(db);
      const codes = async (identity: Identity) =>
        (await recommendations(identity, personId)).errors?.map((error) => error.extensions?.code) ??
        'ALLOWED';

      expect(await codes(employee(personId))).toBe('ALLOWED');
      expect(await codes(testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'DWP' }))).toBe('ALLOWED');
      expect(await codes(testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' }))).toBe(
        'ALLOWED',
      );
      expect(await codes(employee(uuidv7()))).toEqual(['FORBIDDEN']);
      expect(await codes(hiringManager('DWP'))).toEqual(['FORBIDDEN']);
      expect(await codes(testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' }))).toEqual([
        'FORBIDDEN',
      ]);
    });

    it('has nothing for someone moves has not heard of, or who has left', async () => {
      await seedMatchingVacancy(db);
      const unknown = uuidv7();
      expect(await recommended(unknown)).toEqual([]);
      const left = await seedMatchingPerson(db, { status: 'LEFT' });
      expect(await recommended(left)).toEqual([]);
    });
  });

  describe('Vacancy.suggestedCandidates', () => {
    const SEO_IN_LEEDS = {
      departmentCode: 'HMRC',
      moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
      requiredSkills: [{ skillCode: MODELLING, minimumLevel: 'WORKING', essential: true }],
    };

    it('suggests people open to move: others only with their consent, its own department’s always', async () => {
      const vacancyId = await seedMatchingVacancy(db, SEO_IN_LEEDS);
      const skilled = [{ skillCode: MODELLING, level: 'PRACTITIONER' }];
      const specialist = await seedMatchingPerson(db, {
        skills: skilled,
        specialistTrack: DATA_SCIENCE_TRACK,
        moveKindsWanted: ['LEVEL_TRANSFER'],
        departmentsWanted: ['HMRC'],
      });
      const consenting = await seedMatchingPerson(db, {
        skills: skilled,
        moveKindsWanted: ['LEVEL_TRANSFER'],
      });
      const unskilled = await seedMatchingPerson(db, { location: 'Cardiff' });
      const homePromotion = await seedMatchingPerson(db, {
        departmentCode: 'HMRC',
        grade: 'HEO',
        shareProfile: false,
        skills: skilled,
      });
      // Never: another department's person without consent, not open to move, away on loan, left, already moving,
      // another profession, two grades down, a same-grade colleague (a transfer is to another department).
      const privateElsewhere = await seedMatchingPerson(db, { shareProfile: false, skills: skilled });
      await seedMatchingPerson(db, { openToMove: false, skills: skilled });
      await seedMatchingPerson(db, { status: 'ON_LOAN', skills: skilled });
      await seedMatchingPerson(db, { status: 'LEFT', skills: skilled });
      const moving = await seedMatchingPerson(db, { skills: skilled });
      await db.query(
        `INSERT INTO move (id, person_id, kind, origin, home_department_code, host_department_code, grade,
           requested_start_on, starts_on, ends_on, payer, status, agreements, version, created_at, updated_at)
         VALUES ($1, $2, 'LOAN', 'PLANNER', 'DWP', 'DfE', 'SEO', '2027-01-04', '2027-01-04', '2027-12-31', 'HOST',
           'AWAITING_AGREEMENT', '{}', 1, now(), now())`,
        [uuidv7(), moving],
      );
      await seedMatchingPerson(db, { profession: 'Policy', skills: skilled });
      await seedMatchingPerson(db, { grade: 'EO', skills: skilled });
      await seedMatchingPerson(db, { departmentCode: 'HMRC', skills: skilled });

      const found = await suggested(vacancyId);

      expect(found.map((match) => match.person.id)).toEqual([
        specialist,
        consenting,
        homePromotion,
        unskilled,
      ]);
      expect(found.map((match) => match.score)).toEqual([0.93, 0.855, 0.83, 0.35]);
      expect(found.map((match) => match.person.id)).not.toContain(privateElsewhere);
      found.forEach(pointsAddUp);
      expect(found[2].explanation).toMatchObject({ gradeFit: 'ONE_GRADE_UP', moveKind: 'PROMOTION' });
      expect(found[3].explanation).toMatchObject({
        skillsMet: [],
        skillsMissing: [
          { skillCode: MODELLING, required: 'WORKING', held: null, levelGap: 2, essential: true },
        ],
        locationFit: 'ELSEWHERE',
      });
      // Planners of the department and across government see the same people.
      const planner = testIdentity({
        roles: ['WORKFORCE_PLANNER'],
        crossGovernment: true,
        departmentCode: 'CO',
      });
      expect(await suggested(vacancyId, planner)).toEqual(found);
    });

    it('breaks equal scores by who can move sooner, then by id, the same every time', async () => {
      const vacancyId = await seedMatchingVacancy(db, { ...SEO_IN_LEEDS, requiredSkills: [] });
      const waiting = await seedMatchingPerson(db, { earliestMoveOn: '2026-11-25' });
      const ready = [
        await seedMatchingPerson(db),
        await seedMatchingPerson(db),
        await seedMatchingPerson(db),
      ].sort();

      const first = await suggested(vacancyId);

      // A day's wait costs less than a thousandth of the score: the same score, later in the list.
      expect(first.map((match) => match.score)).toEqual([0.83, 0.83, 0.83, 0.83]);
      expect(first.map((match) => match.person.id)).toEqual([...ready, waiting]);
      for (let round = 0; round < 3; round++) expect(await suggested(vacancyId)).toEqual(first);
      expect((await suggested(vacancyId, hiringManager(), 2)).map((match) => match.person.id)).toEqual(
        ready.slice(0, 2),
      );
    });

    it('is for the vacancy’s department’s hiring managers and planners, and cross-government planners', async () => {
      const vacancyId = await seedMatchingVacancy(db, SEO_IN_LEEDS);
      const codes = async (identity: Identity) =>
        (
          await moves.call(identity, SUGGESTED, { r: [{ __typename: 'Vacancy', id: vacancyId }] })
        ).errors?.map((error) => error.extensions?.code) ?? 'ALLOWED';

      expect(await codes(hiringManager('HMRC'))).toBe('ALLOWED');
      expect(await codes(testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'HMRC' }))).toBe(
        'ALLOWED',
      );
      expect(await codes(hiringManager('DWP'))).toEqual(['FORBIDDEN']);
      expect(await codes(testIdentity({ roles: ['WORKFORCE_PLANNER'], departmentCode: 'DWP' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await codes(testIdentity({ roles: ['HR_ADMIN'], departmentCode: 'HMRC' }))).toEqual([
        'FORBIDDEN',
      ]);
      expect(await codes(employee(uuidv7(), 'HMRC'))).toEqual(['FORBIDDEN']);
      const unknown = await moves.call(hiringManager(), SUGGESTED, {
        r: [{ __typename: 'Vacancy', id: uuidv7() }],
      });
      expect(unknown.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    });

    it('has nobody for a vacancy no longer open', async () => {
      const vacancyId = await seedMatchingVacancy(db, { ...SEO_IN_LEEDS, status: 'FILLED' });
      await seedMatchingPerson(db);
      expect(await suggested(vacancyId)).toEqual([]);
    });
  });
});
