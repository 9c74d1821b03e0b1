// The matching benchmark (issue 7, parts 2 and 5): Person.recommendedOpportunities and Vacancy.suggestedCandidates at
// the moves subgraph over HTTP, on 520,000 generated people and 20,000 open vacancies, with the subgraph in a child
// process of its own. npm run bench:planning measures the same fields among the other planning figures; this one
// also checks what came back (ordering, consent, visibility) and can keep its database between runs while tuning:
//   node -r @swc-node/register tools/bench/planning/matching.bench.ts           load, measure, drop
//   BENCH_KEEP=1 node -r @swc-node/register tools/bench/planning/matching.bench.ts   keep `matching_bench` (reused next time)
// Sizes: BENCH_PEOPLE (520,000), BENCH_OPEN_VACANCIES (20,000), BENCH_CLOSED_VACANCIES (20,000), BENCH_SAMPLED (200).
import 'reflect-metadata';
import { publicJwksOf } from '@civil/auth';
import { TestGatewayKeys } from '@civil/testing';
import { DEFAULT_AS_OF } from '../../generate/people.generator';
import { count, machine } from './bench-figures';
import {
  createDatabase,
  databaseExists,
  databaseUrl,
  dropDatabase,
  loadPlanningData,
  MATCHING_BENCH_DATABASE,
} from './matching-data';
import { measureMatching } from './matching.measurements';
import { MovesSubgraphProcess } from './moves-subgraph.process';

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
const KEEP = process.env.BENCH_KEEP === '1';
const LOAD_ONLY = process.env.BENCH_LOAD_ONLY === '1';
const NOW = new Date(`${SIZES.today}T12:00:00Z`);

async function main(): Promise<void> {
  console.log(`matching bench: today ${SIZES.today}; machine at start: ${machine()}`);
  const url = databaseUrl();
  const keys = await TestGatewayKeys.create();
  const options = { databaseUrl: url, gatewayJwks: publicJwksOf(keys.signingKey), now: NOW };
  const reuse = await databaseExists();
  let subgraph: MovesSubgraphProcess | undefined;
  try {
    if (!reuse) {
      await createDatabase();
      await MovesSubgraphProcess.migrate(options);
      console.log(
        `loading ${count(SIZES.people)} people, ${count(SIZES.openVacancies)} open and ` +
          `${count(SIZES.closedVacancies)} closed vacancies (seed ${SIZES.seed}) into ${MATCHING_BENCH_DATABASE}...`,
      );
      const data = await loadPlanningData(url, SIZES);
      for (const table of data.load.tables)
        console.log(
          `  ${table.table.padEnd(26)} ${count(table.rows).padStart(9)} rows in ${table.seconds.toFixed(1)} s`,
        );
    } else {
      console.log(
        `reusing ${MATCHING_BENCH_DATABASE} as it is (drop it, or run without BENCH_KEEP, to reload)`,
      );
      await MovesSubgraphProcess.migrate(options);
    }
    if (LOAD_ONLY) return;
    subgraph = await MovesSubgraphProcess.start(options);
    await measureMatching({ subgraph, databaseUrl: url, keys, sampled: SIZES.sampled, today: SIZES.today });
    console.log(`machine at end: ${machine()}`);
  } finally {
    await subgraph?.stop().catch(() => undefined);
    if (!KEEP) await dropDatabase();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
