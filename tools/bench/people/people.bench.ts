// The people import and search at civil-service size, against their goals (npm run bench:people):
//   import >= 25% of a raw COPY of the same rows into a plain table, in the same run;
//   people(filter) p95 < 50 ms at the subgraph.
// Uses DATABASE_URL (else 127.0.0.1:5432). BENCH_PEOPLE (default 520,000) sets the size (e.g. BENCH_PEOPLE=20000 for a
// quick before/after); BENCH_BATCH the batch; BENCH_SEARCH_ROUNDS the search rounds. BENCH_KEEP=1 keeps the loaded
// database and prints its URL; BENCH_SEARCH_ONLY=<that URL> times only the searches on it (a quiet re-run of the
// search goal without the 15-minute import).
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { createBenchDatabase } from '../bench-database';
import { generateFeed, startPeopleSubgraph } from './bench-environment';
import { dropPendingEvents, importFeed, Latency, rawCopyRate, searchLatency } from './bench-measurements';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 520_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 2_000);
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 30);
const SEED = 7;

const rate = (value: number) => `${Math.round(value).toLocaleString('en-GB').padStart(9)} rows/s`;
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
const verdict = (met: boolean) => (met ? 'goal met' : 'GOAL NOT MET');

const KEEP = process.env.BENCH_KEEP === '1';
const SEARCH_ONLY = process.env.BENCH_SEARCH_ONLY;

async function timeSearches(databaseUrl: string): Promise<Latency> {
  const subgraph = await startPeopleSubgraph(databaseUrl);
  try {
    return await searchLatency(subgraph, SEARCH_ROUNDS);
  } finally {
    await subgraph.close();
  }
}

function printSearches(search: Latency): void {
  for (const { who, filter, p50, p95 } of search.perSearch)
    console.log(`  p50 ${ms(p50)}   p95 ${ms(p95)}   ${who}: ${filter}`);
}

async function searchOnly(databaseUrl: string): Promise<void> {
  const search = await timeSearches(databaseUrl);
  console.log(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}, ${cpus().length} cores`,
  );
  console.log(
    `people(filter) at the subgraph   p50 ${ms(search.p50)}   p95 ${ms(search.p95)}   (${search.count} searches)`,
  );
  printSearches(search);
  console.log(
    `people(filter) p95               ${search.p95.toFixed(1)} ms  (goal < 50 ms)   ${verdict(search.p95 < 50)}`,
  );
}

async function main(): Promise<void> {
  if (SEARCH_ONLY) return searchOnly(SEARCH_ONLY);
  const generating = Date.now();
  const feed = generateFeed(PEOPLE, SEED);
  console.log(
    `people bench: ${PEOPLE.toLocaleString('en-GB')} generated people (seed ${SEED}, ${((Date.now() - generating) / 1000).toFixed(1)} s to generate), batches of ${BATCH}`,
  );
  const database = await createBenchDatabase('bench_people');
  try {
    // Started once to migrate the database as the service does, then stopped: its relay would compete with the import.
    await (await startPeopleSubgraph(database.url)).close();

    const copy = await rawCopyRate(database.url, feed.file, PEOPLE);
    const first = await importFeed(database.url, feed.file, BATCH);
    const firstRate = (first.rows * 1000) / first.elapsedMs;
    const again = await importFeed(database.url, feed.file, BATCH);
    const againRate = (again.rows * 1000) / again.elapsedMs;
    const outboxRows = await dropPendingEvents(database.url);

    const search = await timeSearches(database.url);

    const share = firstRate / copy;
    console.log('');
    console.log(`raw COPY into a plain table            ${rate(copy)}`);
    console.log(
      `import (new people)                    ${rate(firstRate)}   ${(first.elapsedMs / 1000).toFixed(1)} s, ${first.registered.toLocaleString('en-GB')} registered, ${first.events.toLocaleString('en-GB')} events`,
    );
    console.log(
      `importer CPU per row (this process)    ${((first.cpuMs * 1000) / first.rows).toFixed(0).padStart(9)} µs   again ${((again.cpuMs * 1000) / again.rows).toFixed(0)} µs`,
    );
    console.log(
      `import again (same file)               ${rate(againRate)}   ${again.changed} changed, ${again.events} events`,
    );
    console.log(`outbox rows after both runs            ${outboxRows.toLocaleString('en-GB').padStart(9)}`);
    console.log(
      `people(filter) at the subgraph         p50 ${ms(search.p50)}   p95 ${ms(search.p95)}   (${search.count} searches)`,
    );
    printSearches(search);
    console.log(
      `load average ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' ')}, ${cpus().length} cores`,
    );
    console.log('');
    console.log(
      `import / raw COPY                      ${(share * 100).toFixed(1)}%   (goal >= 25%)    ${verdict(share >= 0.25)}`,
    );
    console.log(
      `people(filter) p95                     ${search.p95.toFixed(1)} ms  (goal < 50 ms)   ${verdict(search.p95 < 50)}`,
    );
    console.log(
      `re-run changed nothing                 ${again.changed === 0 && again.registered === 0 && again.events === 0 ? 'yes' : 'NO'}`,
    );
  } finally {
    if (KEEP) console.log(`kept: BENCH_SEARCH_ONLY=${database.url} npm run bench:people`);
    else await database.drop();
    feed.remove();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
