// The property capacity rests on: the SQL reader agrees exactly, line for line, with capacityAt (the definition in
// src/capacity/domain/capacity.rules.ts) on random worlds of people, funded posts, vacancies and moves, at many dates
// and under every filter; and what it lists behind each figure is exactly what the definition counts.
import { testLogger } from '@civil/service-testing';
import { createTestDatabase, TestDatabase } from '@civil/testing';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { DataSource } from 'typeorm';
import { CapacityFigures, CapacityQuery } from '../src/capacity/application/capacity.reader';
import { CAPACITY_FIGURES, CapacityFigure } from '../src/capacity/application/capacity-behind.reader';
import { capacityAt } from '../src/capacity/domain/capacity.rules';
import { atLocation } from '../src/capacity/domain/capacity-facts.rules';
import { departmentTotals } from '../src/capacity/domain/capacity-overview.rules';
import { CapacityLine } from '../src/capacity/domain/capacity.types';
import { CapacityHeadcountCompactor } from '../src/capacity/infrastructure/capacity-headcount.compactor';
import { SqlCapacityBehindReader } from '../src/capacity/infrastructure/sql-capacity-behind.reader';
import { SqlCapacityReader } from '../src/capacity/infrastructure/sql-capacity.reader';
import { MOVES_MIGRATIONS } from '../src/migrations';
import {
  addDays,
  changeSomePeople,
  DEPARTMENTS,
  factsAt,
  generateWorld,
  GRADES,
  LOCATIONS,
  PROFESSIONS,
  Random,
  World,
  loadWorld,
} from './support/capacity-world';

const TODAY = '2026-11-24';
const SEEDS = Number(process.env.CAPACITY_PROPERTY_SEEDS ?? 40);

const key = (line: { departmentCode: string; profession: string; grade: string }) =>
  `${line.departmentCode}|${line.profession}|${line.grade}`;
const sorted = <T extends { departmentCode: string; profession: string; grade: string }>(lines: T[]) =>
  [...lines].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const figuresOf = ({ behind: _behind, ...figures }: CapacityLine): CapacityFigures => figures;

/** The definition's answer to a query: every line of the world at the date, then the filters on each line's key. */
function oracle(world: World, query: CapacityQuery): CapacityLine[] {
  const facts = factsAt(world, query.asOf);
  const lines = capacityAt(
    query.asOf,
    query.today,
    query.location ? atLocation(facts, query.location) : facts,
  );
  return lines.filter(
    (line) =>
      (!query.departments || query.departments.includes(line.departmentCode)) &&
      (!query.professions || query.professions.includes(line.profession)) &&
      (!query.grades || query.grades.includes(line.grade)),
  );
}

/** Dates worth checking: today, tomorrow, random ones, and the days moves start and end (and the day before). */
function datesFor(world: World, random: Random): string[] {
  const edges = world.moves.flatMap((move) => [move.startsOn, move.endsOn ?? move.startsOn]);
  const picks = Array.from({ length: 4 }, () => random.pick(edges.length > 0 ? edges : [TODAY]));
  return [
    ...new Set([
      TODAY,
      addDays(TODAY, 1),
      addDays(TODAY, random.int(2, 500)),
      ...picks.flatMap((date) => [date, addDays(date, -1)]),
    ]),
  ].filter((date) => date >= TODAY);
}

const BEHIND_OF: Partial<Record<CapacityFigure, keyof CapacityLine['behind']>> = {
  SUBSTANTIVE: 'substantive',
  AWAY: 'away',
  HERE_ON_LOAN_OR_SECONDMENT: 'hereOnLoanOrSecondment',
  INCOMING: 'incoming',
  OUTGOING: 'outgoing',
  SPECIALISTS_INSIDE_MINIMUM_TERM: 'specialistsInsideMinimumTerm',
  SPECIALISTS_PAST_MINIMUM_TERM: 'specialistsPastMinimumTerm',
};

describe('capacity: the SQL reader against the definition (property, real PostgreSQL)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let reader: SqlCapacityReader;
  let behind: SqlCapacityBehindReader;
  let headcount: CapacityHeadcountCompactor;

  /** A world as the projections would leave it: loaded, some people changed since, the headcount folded or not. */
  async function load(world: World, random: Random) {
    await loadWorld(dataSource, world);
    if (random.chance(0.5)) await headcount.compact();
    await changeSomePeople(dataSource, world, random);
    if (random.chance(0.3)) await headcount.compact();
  }

  beforeAll(async () => {
    database = await createTestDatabase('capacity_property');
    dataSource = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: MOVES_MIGRATIONS,
      migrationsTransactionMode: 'each',
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const transactions = new TypeOrmTransactionRunner(dataSource);
    reader = new SqlCapacityReader(transactions);
    behind = new SqlCapacityBehindReader(transactions);
    headcount = new CapacityHeadcountCompactor(transactions, testLogger());
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it(`agrees with capacityAt on every line, at many dates and under every filter (${SEEDS} worlds)`, async () => {
    let compared = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = new Random(seed);
      const world = generateWorld(random, TODAY);
      await load(world, random);
      for (const asOf of datesFor(world, random)) {
        const queries: CapacityQuery[] = [
          { asOf, today: TODAY },
          { asOf, today: TODAY, departments: [random.pick(DEPARTMENTS)] },
          { asOf, today: TODAY, departments: DEPARTMENTS.slice(0, 2), grades: [random.pick(GRADES)] },
          { asOf, today: TODAY, professions: [random.pick(PROFESSIONS)] },
          { asOf, today: TODAY, location: random.pick(LOCATIONS) },
        ];
        for (const query of queries) {
          const expected = sorted(oracle(world, query).map(figuresOf));
          const actual = sorted(await reader.lines(query));
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            expect({ seed, query, lines: actual }).toEqual({ seed, query, lines: expected });
          compared += expected.length;
        }
        // Per department, as the overview reads them: the definition's lines summed.
        const query = { asOf, today: TODAY };
        const expected = departmentTotals(oracle(world, query).map(figuresOf))
          .map(({ lines: _lines, ...totals }) => totals)
          .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
        const actual = (await reader.departments(query)).sort((a, b) =>
          a.departmentCode.localeCompare(b.departmentCode),
        );
        expect({ seed, asOf, departments: actual }).toEqual({ seed, asOf, departments: expected });
      }
    }
    expect(compared).toBeGreaterThan(SEEDS * 50);
  });

  it('lists behind each figure exactly the people and moves the definition counts, and their FTE adds up', async () => {
    for (let seed = 1; seed <= Math.ceil(SEEDS / 4); seed++) {
      const random = new Random(1000 + seed);
      const world = generateWorld(random, TODAY);
      await load(world, random);
      for (const asOf of datesFor(world, random).slice(0, 3)) {
        const location = random.chance(0.3) ? random.pick(LOCATIONS) : undefined;
        for (const line of oracle(world, { asOf, today: TODAY, location })) {
          for (const figure of CAPACITY_FIGURES) {
            // Small pages, to page through every line's entries.
            const entries = [];
            let after: string | undefined;
            for (;;) {
              const page = await behind.behind({
                line,
                figure,
                asOf,
                today: TODAY,
                location,
                first: 3,
                after,
              });
              entries.push(...page);
              if (page.length < 3) break;
              after = page[page.length - 1].key;
            }
            const context = { seed, asOf, location, line: key(line), figure };
            const total = Math.round(entries.reduce((sum, entry) => sum + entry.fte * 100, 0)) / 100;
            const expectedTotal = {
              SUBSTANTIVE: line.substantive,
              AWAY: line.away,
              HERE_ON_LOAN_OR_SECONDMENT: line.hereOnLoanOrSecondment,
              IN_POST: line.inPost,
              INCOMING: line.incoming,
              OUTGOING: line.outgoing,
              OPEN_POSTS: line.openPosts,
              SPECIALISTS_INSIDE_MINIMUM_TERM: undefined,
              SPECIALISTS_PAST_MINIMUM_TERM: undefined,
            }[figure];
            if (expectedTotal !== undefined)
              expect({ ...context, total }).toEqual({ ...context, total: expectedTotal });
            const list = BEHIND_OF[figure];
            if (list) {
              const ids = entries.map((entry) =>
                figure === 'INCOMING' || figure === 'OUTGOING' ? entry.moveId : entry.personId,
              );
              expect({ ...context, ids: [...ids].sort() }).toEqual({
                ...context,
                ids: [...line.behind[list]].sort(),
              });
            }
          }
        }
      }
    }
  });
});
