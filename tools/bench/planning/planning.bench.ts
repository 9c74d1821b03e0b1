// npm run bench:planning (issue 7, part 4): capacity, matching and reallocation plans at civil-service scale, at the
// moves subgraph over HTTP, with the subgraph in a child process of its own so that its memory is its own.
// Sizes: BENCH_PEOPLE (520,000), BENCH_OPEN_VACANCIES (20,000), BENCH_CLOSED_VACANCIES (20,000), BENCH_SAMPLED
// (employees and vacancies queried as, 200), BENCH_PLAN_CANDIDATES / BENCH_PLAN_POSTS (the plan's scope is chosen to
// hold about that many, 20,000 x 2,000), BENCH_PLAN_ROUNDS (3). BENCH_PEOPLE=20000 makes a quick check.
import 'reflect-metadata';
import { publicJwksOf } from '@civil/auth';
import { TestGatewayKeys } from '@civil/testing';
import { DEFAULT_AS_OF } from '../../generate/people.generator';
import { createBenchDatabase } from '../bench-database';
import { count, machine, mb } from './bench-figures';
import { MovesSubgraphProcess } from './moves-subgraph.process';
import { loadPlanningData } from './planning-data';
import { measurePlanning } from './planning.measurements';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PEOPLE = env('BENCH_PEOPLE', 520_000);
const SIZES = {
  people: PEOPLE,
  openVacancies: env('BENCH_OPEN_VACANCIES', Math.round((20_000 * PEOPLE) / 520_000)),
  closedVacancies: env('BENCH_CLOSED_VACANCIES', Math.round((20_000 * PEOPLE) / 520_000)),
  sampled: env('BENCH_SAMPLED', 200),
  seed: env('BENCH_SEED', 7),
  today: DEFAULT_AS_OF,
};
const PLAN = {
  candidates: env('BENCH_PLAN_CANDIDATES', Math.round((20_000 * PEOPLE) / 520_000)),
  posts: env('BENCH_PLAN_POSTS', Math.round((2_000 * PEOPLE) / 520_000)),
  rounds: env('BENCH_PLAN_ROUNDS', 3),
};
/** The subgraph's clock stands at noon on the generated data's "today". */
const NOW = new Date(`${SIZES.today}T12:00:00Z`);

async function main(): Promise<void> {
  console.log(
    `planning bench: ${count(SIZES.people)} people, ${count(SIZES.openVacancies)} open and ` +
      `${count(SIZES.closedVacancies)} closed vacancies (seed ${SIZES.seed}), today ${SIZES.today}`,
  );
  console.log(`machine at start: ${machine()}`);
  const database = await createBenchDatabase('bench_planning');
  const keys = await TestGatewayKeys.create();
  const subgraphOptions = { databaseUrl: database.url, gatewayJwks: publicJwksOf(keys.signingKey), now: NOW };
  let subgraph: MovesSubgraphProcess | undefined;
  try {
    await MovesSubgraphProcess.migrate(subgraphOptions);
    const data = await loadPlanningData(database.url, SIZES);
    console.log(
      `\ngenerated and loaded into the moves database with COPY in ${data.seconds.toFixed(1)} s ` +
        `(people are generated while they stream in; vacancies first, in memory; indexes in place):`,
    );
    for (const table of data.load.tables)
      console.log(
        `  ${table.table.padEnd(26)} ${count(table.rows).padStart(9)} rows in ${table.seconds.toFixed(1)} s` +
          (table.missingColumns.length > 0
            ? ` (not in the table yet, left out: ${table.missingColumns.join(', ')})`
            : ''),
      );
    for (const table of data.load.missingTables)
      console.log(
        `  ${table.padEnd(26)} NOT LOADED: the table does not exist (its migration has not landed)`,
      );
    console.log(`  VACUUM ANALYZE              ${data.load.analyseSeconds.toFixed(1)} s`);

    // A fresh process against the full database: what a service restarted at this size holds.
    subgraph = await MovesSubgraphProcess.start(subgraphOptions);
    const idle = await subgraph.memory(true);
    console.log(
      `\nmoves subgraph (pid ${subgraph.pid}) started against it: RSS ${mb(idle.now.rss)}, heap ${mb(idle.now.heapUsed)} used`,
    );
    await measurePlanning({
      subgraph,
      databaseUrl: database.url,
      keys,
      data,
      plan: PLAN,
      today: SIZES.today,
    });

    const final = await subgraph.memory();
    console.log(
      `\nPEAK memory of the moves subgraph process: maxRSS ${mb(final.maxRssBytes)} (kernel high-water mark, the whole ` +
        `process: Node, Nest, connection pool, every request above); sampled peaks over the run: heap used ` +
        `${mb(final.overallPeaks.heapUsed)}, heap committed ${mb(final.overallPeaks.heapTotal)}, external ${mb(final.overallPeaks.external)}`,
    );
    console.log(`machine at end: ${machine()}`);
  } finally {
    await subgraph?.stop().catch(() => undefined);
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
