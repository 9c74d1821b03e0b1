// The SQL shortlists rank by an upper bound of the score and stop as soon as nothing further down can enter the
// result (matching/application/best-matches.ts). This checks that promise on generated people and vacancies in the
// real database: every bound is at least the score scoreMatch gives, nothing that matches is left out of a
// shortlist, and the answers equal a brute-force ranking of everyone by scoreMatch, for small and large `first`.
import { uuidv7 } from '@civil/contracts';
import { InProcessTransport } from '@civil/messaging';
import { testLogger } from '@civil/service-testing';
import { createTestDatabase, TestDatabase, TestGatewayKeys, testIdentity } from '@civil/testing';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createMovesApp } from '../src/app';
import { REFERENCE_ORDERS } from '../src/config/reference-orders';
import { MatchingReader } from '../src/matching/application/matching.reader';
import { RecommendOpportunitiesHandler } from '../src/matching/application/recommend-opportunities/recommend-opportunities.handler';
import { RecommendOpportunitiesQuery } from '../src/matching/application/recommend-opportunities/recommend-opportunities.query';
import { SuggestCandidatesHandler } from '../src/matching/application/suggest-candidates/suggest-candidates.handler';
import { SuggestCandidatesQuery } from '../src/matching/application/suggest-candidates/suggest-candidates.query';
import { compareCandidates, compareOpportunities } from '../src/matching/domain/match-ranking';
import { scoreMatch } from '../src/matching/domain/match.rules';
import { DATA_SCIENCE_TRACK, DDAT, seedMatchingPerson, seedMatchingVacancy } from './support/matching-seeds';

const TODAY = '2026-11-24';
const clock = { now: () => new Date(`${TODAY}T09:00:00Z`) };
const context = { today: TODAY, orders: REFERENCE_ORDERS };

/** A small linear congruential generator: the same data on every run. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const some = <T>(values: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(next() * (most + 1)) }, () => pick(values))),
  ];
  return { next, pick, some, chance: (share: number) => next() < share };
}

const DEPARTMENTS = ['DWP', 'HMRC', 'DfE', 'HO'];
const GRADES = ['HEO', 'SEO', 'G7'];
const PROFESSIONS = [DDAT, DDAT, 'Policy'];
// Places spelt as people and departments type them: case and spaces must not matter.
const PLACES = ['Leeds', 'leeds', ' Leeds ', 'London', 'Manchester', 'MANCHESTER', 'Cardiff'];
const SKILLS = [
  'DDAT.DATA_SCIENCE.DATA_MODELLING',
  'DDAT.DATA_SCIENCE.PROGRAMMING',
  'ddat.data_science.data_ethics',
];
const LEVELS = ['AWARENESS', 'WORKING', 'PRACTITIONER', 'EXPERT'];
const KINDS = ['LEVEL_TRANSFER', 'PROMOTION', 'LOAN', 'SECONDMENT_OUT', 'SHORT_ASSIGNMENT'];
const DATES = ['2025-01-01', '2026-11-24', '2026-12-24', '2027-03-01', '2027-11-24', '2028-06-01'];
const TRACKS = [
  DATA_SCIENCE_TRACK,
  { ...DATA_SCIENCE_TRACK, specialism: undefined },
  { profession: 'Policy', grades: ['SEO', 'G7'] },
];

describe('matching: exact against brute force (real PostgreSQL)', () => {
  // In-process events, not the shared broker: other test files' people and vacancies must not join the brute force.
  const transport = new InProcessTransport();
  let database: TestDatabase;
  let app: INestApplication;
  let db: DataSource;
  let reader: MatchingReader;
  const people: string[] = [];
  const vacancies: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('moves_matching');
    const keys = await TestGatewayKeys.create();
    app = await createMovesApp({
      gatewayKeys: keys.gatewayKeys,
      databaseUrl: database.url,
      transport,
      logger: testLogger(),
      clock,
      consumerGroupId: `moves-matching-${uuidv7()}`,
      dueMovesEveryMs: 0,
    });
    db = app.get(DataSource);
    reader = app.get(MatchingReader);
    const r = random(20261124);
    for (let index = 0; index < 400; index++) {
      const profession = r.pick(PROFESSIONS);
      const onTrack = r.chance(0.35);
      people.push(
        await seedMatchingPerson(db, {
          departmentCode: r.pick(DEPARTMENTS),
          grade: r.pick(GRADES),
          profession,
          location: r.chance(0.9) ? r.pick(PLACES) : null,
          status: r.chance(0.9) ? 'ACTIVE' : r.pick(['ON_LOAN', 'LEFT']),
          securityClearance: r.chance(0.8) ? r.pick(REFERENCE_ORDERS.clearanceLevels) : null,
          minimumTermEndsOn: r.pick(DATES),
          specialistTrack: onTrack ? r.pick(TRACKS) : null,
          skills: r
            .some(SKILLS, 3)
            .map((skillCode) => ({ skillCode: skillCode.toUpperCase(), level: r.pick(LEVELS) })),
          skillsToDevelop: r.some(SKILLS, 2).map((code) => code.toUpperCase()),
          openToMove: r.chance(0.7),
          shareProfile: r.chance(0.6),
          moveKindsWanted: r.some(KINDS, 3),
          departmentsWanted: r.some(DEPARTMENTS, 2),
          locationsWanted: r.some(PLACES, 2),
          earliestMoveOn: r.chance(0.3) ? r.pick(DATES) : null,
        }),
      );
    }
    for (let index = 0; index < 200; index++) {
      vacancies.push(
        await seedMatchingVacancy(db, {
          departmentCode: r.pick(DEPARTMENTS),
          grade: r.pick(GRADES),
          profession: r.pick(PROFESSIONS),
          specialism: r.pick(['Data science', 'Data engineering', null]),
          moveKinds: r.some(['LEVEL_TRANSFER', 'PROMOTION', 'LOAN', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT'], 3),
          locations: r.some(PLACES, 2),
          remotePossible: r.chance(0.3),
          requiredSkills: r.some(SKILLS, 3).map((skillCode) => ({
            skillCode,
            minimumLevel: r.pick(LEVELS),
            essential: r.chance(0.5),
          })),
          clearanceRequired: r.chance(0.3) ? r.pick(REFERENCE_ORDERS.clearanceLevels) : null,
          closingDate: r.pick(['2026-11-23', '2026-11-24', '2027-01-31', '2027-02-28', null]),
          visibility: r.chance(0.2) ? 'OWN_DEPARTMENT' : 'ALL_DEPARTMENTS',
          status: r.chance(0.9) ? 'OPEN' : 'CLOSED',
        }),
      );
    }
    // Some are already moving.
    for (const personId of people.filter((_, index) => index % 17 === 0))
      await db.query(
        `INSERT INTO move (id, person_id, kind, origin, grade, requested_start_on, starts_on, payer, status,
           agreements, version, created_at, updated_at)
         VALUES ($1, $2, 'LEVEL_TRANSFER', 'PLANNER', 'SEO', '2027-01-04', '2027-01-04', 'HOST', 'PROPOSED', '{}', 1,
           now(), now())`,
        [uuidv7(), personId],
      );
  });

  afterAll(async () => {
    await app?.close();
    await transport.close();
    await database?.drop();
  });

  it('recommends exactly what ranking every open vacancy by scoreMatch would', async () => {
    const all = await reader.opportunities(vacancies);
    const handler = app.get(RecommendOpportunitiesHandler);
    let compared = 0;
    for (const personId of people) {
      const person = (await reader.person(personId))!;
      const matches = all.flatMap((vacancy) => {
        const match = vacancy.status === 'OPEN' ? scoreMatch(person, vacancy, context) : undefined;
        return match
          ? [{ opportunityId: vacancy.opportunityId, closingDate: vacancy.closingDate, match }]
          : [];
      });
      // Every bound holds, and nothing that matches is missing from the shortlist.
      const shortlist = await reader.opportunityShortlist(person, TODAY, { offset: 0, limit: 10_000 });
      const bounds = new Map(shortlist.rows.map((row) => [row.id, row]));
      for (const { opportunityId, match } of matches) {
        const row = bounds.get(opportunityId);
        expect({ opportunityId, listed: row !== undefined }).toEqual({ opportunityId, listed: true });
        expect(row!.bound).toBeGreaterThanOrEqual(Math.round(match.score * 1000));
        expect(row!.first).toBe(Number(match.explanation.specialismAligned));
      }
      if (person.status === 'LEFT') continue;
      const expected = [...matches].sort(compareOpportunities);
      for (const first of [1, 3, 100]) {
        const found = await handler.execute(new RecommendOpportunitiesQuery(personId, first));
        expect(found.map((item) => [item.opportunityId, item.match.score])).toEqual(
          expected.slice(0, first).map((item) => [item.opportunityId, item.match.score]),
        );
      }
      compared += matches.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('suggests exactly what ranking everyone who may be suggested by scoreMatch would', async () => {
    const everyone = await reader.candidates(people);
    const handler = app.get(SuggestCandidatesHandler);
    const planner = testIdentity({ roles: ['WORKFORCE_PLANNER'], crossGovernment: true });
    let compared = 0;
    for (const vacancyId of vacancies) {
      const vacancy = (await reader.vacancy(vacancyId))!;
      const viewed = { ...context, viewerDepartment: vacancy.departmentCode };
      // The documented pool: in post, open to move, not already moving, of the vacancy's profession.
      const matches = everyone.flatMap((person) => {
        if (person.moving || !person.openToMove || person.status !== 'ACTIVE') return [];
        if (person.profession !== vacancy.profession) return [];
        const match = scoreMatch(person, vacancy, viewed);
        return match ? [{ personId: person.personId, match }] : [];
      });
      const shortlist = await reader.candidateShortlist(vacancy, TODAY, { offset: 0, limit: 10_000 });
      const bounds = new Map(shortlist.rows.map((row) => [row.id, row.bound]));
      for (const { personId, match } of matches) {
        expect({ personId, listed: bounds.has(personId) }).toEqual({ personId, listed: true });
        expect(bounds.get(personId)).toBeGreaterThanOrEqual(Math.round(match.score * 1000));
      }
      const expected = vacancy.status === 'OPEN' ? [...matches].sort(compareCandidates) : [];
      for (const first of [1, 3, 100]) {
        const found = await handler.execute(new SuggestCandidatesQuery(planner, vacancyId, first));
        expect(found.map((item) => [item.personId, item.match.score])).toEqual(
          expected.slice(0, first).map((item) => [item.personId, item.match.score]),
        );
      }
      compared += matches.length;
    }
    expect(compared).toBeGreaterThan(300);
  });
});
