// capacityOverview for every department at civil-service scale (issue 7: goal under 200 ms). Loads a scratch moves
// database with 520,000 people (BENCH_PEOPLE), funded posts for every line with a change to come, 20,000 open
// vacancies and a few thousand moves of every kind (BENCH_MOVES), then times the overview as its use case runs it
// (the SQL reader, then the per-department sums and ranking), and beside it one department's lines, its 12-month
// forecast and a drill-down into its largest line. Uses DATABASE_URL, else 127.0.0.1:5432; drops the database after.
import { createRootLogger, TypeOrmTransactionRunner } from '@civil/platform';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { CapacityHeadcountCompactor } from '../../../services/moves/src/capacity/infrastructure/capacity-headcount.compactor';
import { SqlCapacityBehindReader } from '../../../services/moves/src/capacity/infrastructure/sql-capacity-behind.reader';
import { SqlCapacityReader } from '../../../services/moves/src/capacity/infrastructure/sql-capacity.reader';
import {
  departmentTotals,
  rankByGap,
} from '../../../services/moves/src/capacity/domain/capacity-overview.rules';
import { forecastMonths } from '../../../services/moves/src/capacity/domain/capacity-dates.rules';
import { MOVES_MIGRATIONS } from '../../../services/moves/src/migrations';
import { generateEstablishment } from '../../generate/establishment.generator';
import { generatePeople, GeneratedPerson } from '../../generate/people.generator';
import { generateVacancies } from '../../generate/vacancies.generator';
import { createBenchDatabase } from '../bench-database';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 520_000);
const MOVES = Number(process.env.BENCH_MOVES ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TODAY = '2026-11-24';
const GOAL_MS = 200;

const uuid = (kind: number, index: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
const addMonths = (date: string, months: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28))).toISOString().slice(0, 10);
};
const csv = (values: (string | number | boolean | null)[]) =>
  values.map((value) => (value === null ? '' : `"${String(value).replace(/"/g, '""')}"`)).join(',') + '\n';

async function copy(url: string, table: string, columns: string[], lines: Iterable<string>) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const stream = client.query(
      copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
    );
    await pipeline(Readable.from(lines), stream);
  } finally {
    await client.end();
  }
}

function* peopleRows(people: GeneratedPerson[]) {
  let index = 0;
  for (const { cells } of people) {
    // Specialists' minimum term: 36 months on a track (our default), otherwise 12 (SCS1/2: 36), from the start in post.
    const track = cells.specialist_track_code || null;
    const months = track || ['SCS1', 'SCS2'].includes(cells.grade) ? 36 : 12;
    yield csv([
      uuid(1, index++),
      cells.department_code,
      cells.grade,
      cells.profession,
      cells.location || null,
      cells.fte,
      cells.started_in_post_on,
      'ACTIVE',
      1,
      '2026-10-01T09:00:00Z',
      track,
      addMonths(cells.started_in_post_on, months),
    ]);
  }
}

/** Moves of every kind and status, on random people; a fifth of the agreed ones hold a vacancy's post. */
function* moveRows(people: GeneratedPerson[], vacancyIds: string[]) {
  let state = 7;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const kinds = [
    'LEVEL_TRANSFER',
    'PROMOTION',
    'LOAN',
    'LOAN',
    'LOAN',
    'SECONDMENT_OUT',
    'SECONDMENT_IN',
    'SHORT_ASSIGNMENT',
  ];
  const statuses = [
    'AGREED',
    'SCHEDULED',
    'SCHEDULED',
    'STARTED',
    'STARTED',
    'EXTENDED',
    'ENDED',
    'PROPOSED',
    'WITHDRAWN',
  ];
  const departments = [...new Set(people.slice(0, 50_000).map((p) => p.cells.department_code))];
  for (let index = 0; index < MOVES; index++) {
    const personIndex = Math.floor(next() * people.length);
    const person = people[personIndex].cells;
    const kind = pick(kinds);
    const status = pick(statuses);
    const started = ['STARTED', 'EXTENDED', 'ENDED'].includes(status);
    const startsOn = addMonths(TODAY, started ? -Math.ceil(next() * 18) : Math.ceil(next() * 12));
    const temporary = !['LEVEL_TRANSFER', 'PROMOTION'].includes(kind);
    const vacancy = !temporary && next() < 0.2 ? pick(vacancyIds) : null;
    yield csv([
      uuid(2, index),
      uuid(1, personIndex),
      kind,
      'PLANNER',
      kind === 'SECONDMENT_IN' ? null : person.department_code,
      kind === 'SECONDMENT_OUT' ? null : pick(departments),
      person.grade,
      startsOn,
      startsOn,
      temporary ? addMonths(startsOn, 6 + Math.floor(next() * 18)) : null,
      'HOST',
      status,
      '{}',
      vacancy,
      vacancy !== null,
      1,
      '2026-10-01T09:00:00Z',
      '2026-10-01T09:00:00Z',
    ]);
  }
}

async function time<T>(
  runs: number,
  work: () => Promise<T>,
): Promise<{ p50: number; p95: number; min: number; result: T }> {
  let result = await work();
  for (let warm = 0; warm < 3; warm++) result = await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    result = await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))];
  return { p50: at(0.5), p95: at(0.95), min: times[0], result };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main() {
  // BENCH_REUSE=<url> times a database a BENCH_KEEP run left, without loading it again.
  const reuse = process.env.BENCH_REUSE;
  const database = reuse
    ? { url: reuse, drop: async () => undefined }
    : await createBenchDatabase('capacity_bench');
  const dataSource = new DataSource({ type: 'postgres', url: database.url, migrations: MOVES_MIGRATIONS });
  try {
    await dataSource.initialize();
    if (!reuse) await load(dataSource, database.url);
    await measure(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    // BENCH_KEEP=1 leaves the database for EXPLAIN; drop it by hand after.
    if (process.env.BENCH_KEEP || reuse) console.log(`kept ${database.url}`);
    else await database.drop();
  }
}

async function load(dataSource: DataSource, url: string) {
  await dataSource.runMigrations();
  const started = Date.now();
  const people = [...generatePeople({ people: PEOPLE })];
  const personColumns = [
    'person_id',
    'department_code',
    'grade',
    'profession',
    'location',
    'fte',
    'started_in_post_on',
    'status',
    'version',
    'updated_at',
    'specialist_track_code',
    'minimum_term_ends_on',
  ];
  await copy(url, 'person_read_model', personColumns, peopleRows(people));

  // Every line funded from April, and one line in five changing next April.
  const establishment = generateEstablishment(people);
  const entries = establishment.flatMap((line, index) => [
    csv([
      line.departmentCode,
      line.profession,
      line.grade,
      line.effectiveFrom,
      Math.round(line.fte * 100),
      1,
    ]),
    ...(index % 5 === 0
      ? [csv([line.departmentCode, line.profession, line.grade, '2027-04-01', Math.round(line.fte * 105), 2])]
      : []),
  ]);
  await copy(
    url,
    'establishment_read_model',
    ['department_code', 'profession', 'grade', 'effective_from', 'fte_hundredths', 'version'],
    entries,
  );

  const vacancies = [...generateVacancies({ open: 20_000, closed: 10_000, asOf: TODAY })];
  await copy(
    url,
    'vacancy_read_model',
    [
      'vacancy_id',
      'department_code',
      'grade',
      'profession',
      'posts',
      'fte_per_post',
      'status',
      'version',
      'updated_at',
    ],
    vacancies.map((v) =>
      csv([v.id, v.departmentCode, v.grade, v.profession, v.posts, v.ftePerPost, v.status, 1, v.updatedAt]),
    ),
  );
  const open = vacancies.filter((v) => v.status === 'OPEN').map((v) => v.id);
  await copy(
    url,
    'move',
    [
      'id',
      'person_id',
      'kind',
      'origin',
      'home_department_code',
      'host_department_code',
      'grade',
      'requested_start_on',
      'starts_on',
      'ends_on',
      'payer',
      'status',
      'agreements',
      'vacancy_id',
      'post_requested',
      'version',
      'created_at',
      'updated_at',
    ],
    moveRows(people, open),
  );
  // What the compactor's periodic run does after a bulk load: one headcount row per line.
  const transactions = new TypeOrmTransactionRunner(dataSource);
  await new CapacityHeadcountCompactor(transactions, createRootLogger({ level: 'error' })).compact();
  await dataSource.query('VACUUM ANALYZE');
  console.log(
    `loaded ${people.length} people, ${entries.length} establishment entries, ${vacancies.length} vacancies,` +
      ` ${MOVES} moves in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function measure(dataSource: DataSource) {
  const transactions = new TypeOrmTransactionRunner(dataSource);
  const reader = new SqlCapacityReader(transactions);
  const behind = new SqlCapacityBehindReader(transactions);

  const overview = await time(RUNS, async () =>
    rankByGap(await reader.departments({ asOf: TODAY, today: TODAY })),
  );
  console.log(
    `capacityOverview, all ${overview.result.length} departments: p50 ${ms(overview.p50)},` +
      ` p95 ${ms(overview.p95)}, min ${ms(overview.min)} (goal < ${GOAL_MS} ms: ${overview.p95 < GOAL_MS ? 'met' : 'NOT met'})`,
  );
  const later = await time(RUNS, async () =>
    rankByGap(await reader.departments({ asOf: '2027-06-01', today: TODAY })),
  );
  console.log(`  the same at 2027-06-01: p50 ${ms(later.p50)}, p95 ${ms(later.p95)}`);
  const withLines = await time(RUNS, async () =>
    rankByGap(departmentTotals(await reader.lines({ asOf: TODAY, today: TODAY }))),
  );
  const lines = withLines.result.reduce((sum, department) => sum + department.lines.length, 0);
  console.log(
    `  with every department's ${lines} lines as well: p50 ${ms(withLines.p50)}, p95 ${ms(withLines.p95)}`,
  );

  const biggest = withLines.result.reduce((a, b) => (a.inPost > b.inPost ? a : b));
  const department = await time(RUNS, () =>
    reader.lines({ asOf: TODAY, today: TODAY, departments: [biggest.departmentCode] }),
  );
  console.log(
    `Department.capacity, ${biggest.departmentCode} (${department.result.length} lines, ${biggest.inPost} FTE):` +
      ` p50 ${ms(department.p50)}, p95 ${ms(department.p95)}`,
  );
  const months = forecastMonths(TODAY, 12);
  const forecast = await time(10, () =>
    reader.linesOn({
      dates: months.map((month) => month.startsOn),
      today: TODAY,
      departments: [biggest.departmentCode],
    }),
  );
  console.log(
    `capacityForecast lines, ${biggest.departmentCode}, 12 months: p50 ${ms(forecast.p50)}, p95 ${ms(forecast.p95)}`,
  );
  const line = biggest.lines.reduce((a, b) => (a.substantive > b.substantive ? a : b));
  const drill = await time(RUNS, () =>
    behind.behind({ line, figure: 'IN_POST', asOf: TODAY, today: TODAY, first: 51, after: undefined }),
  );
  console.log(
    `drill-down, IN_POST of ${line.departmentCode}/${line.profession}/${line.grade} (${line.inPost} FTE),` +
      ` first page of 50: p50 ${ms(drill.p50)}, p95 ${ms(drill.p95)}`,
  );
  if (process.env.BENCH_EXPLAIN) {
    const { LINES_SQL } = await import('../../../services/moves/src/capacity/infrastructure/capacity.sql');
    const plan = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${LINES_SQL}`, [
      [TODAY],
      TODAY,
      null,
      null,
      null,
      null,
    ]);
    console.log(plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
