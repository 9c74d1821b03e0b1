import { Identity } from '@civil/auth';
import { Client } from 'pg';
import { addCalendarMonths } from '../../../services/people/src/person/domain/tenure.rule';
import { count, goal } from './bench-figures';
import { phaseMemory, PlanningBench, PlanSize, Request } from './bench-session';
import { OPTIMIZER } from './cpu-profile';
import { CREATE_REALLOCATION_PLAN } from './planning.operations';

export interface PlanScope {
  departments: string[];
  professions: string[];
  grades: string[];
  /** People open to move, in post and free to move by the target date: about what the plan will call candidates. */
  candidates: number;
  /** Estimated: open vacancies and department lines with a whole post unfunded beyond them. */
  opportunities: number;
  /** Their places: vacancy posts and whole posts of the gaps. */
  posts: number;
}

interface PlanFigures {
  id: string;
  totalScore: number;
  moveCount: number;
  statistics: { candidates: number; opportunities: number; edges: number };
}

const OPTIMIZER_GOAL_SECONDS = 10;
const REPEAT_UNDER_MS = 60_000;
/** A plan makes level transfers only: grades a scope may take, where people and posts are both numerous. */
const PLAN_GRADES = ['AO', 'EO', 'HEO', 'SEO', 'G7', 'G6'];

interface LineCounts {
  profession: string;
  grade: string;
  candidates: number;
  /** Open vacancies, and department lines short of at least one whole post beyond them: the plan's opportunities. */
  opportunities: number;
  posts: number;
}

/** Per profession x grade, over every department: candidates, and the openings a plan would see (estimated). */
async function lineCounts(client: Client, targetDate: string): Promise<LineCounts[]> {
  const { rows } = await client.query<Record<string, string>>(
    `WITH people AS (
       SELECT department_code, profession, grade, sum(fte) AS fte,
              count(*) FILTER (WHERE open_to_move AND status = 'ACTIVE'
                               AND coalesce(eligible_to_move_from, $2) <= $2) AS candidates
         FROM person_read_model WHERE grade = ANY ($1) GROUP BY 1, 2, 3),
     open AS (
       SELECT department_code, profession, grade, count(*) AS vacancies, sum(posts) AS posts,
              sum(posts * fte_per_post) AS fte
         FROM vacancy_read_model WHERE status = 'OPEN' AND grade = ANY ($1) GROUP BY 1, 2, 3),
     funded AS (
       SELECT DISTINCT ON (department_code, profession, grade) department_code, profession, grade,
              fte_hundredths / 100.0 AS fte
         FROM establishment_read_model WHERE grade = ANY ($1) AND effective_from <= $2
        ORDER BY department_code, profession, grade, effective_from DESC)
     SELECT profession, grade, sum(coalesce(p.candidates, 0)) AS candidates,
            sum(coalesce(o.vacancies, 0)) AS vacancies, sum(coalesce(o.posts, 0)) AS posts,
            count(*) FILTER (WHERE coalesce(f.fte, 0) - coalesce(p.fte, 0) - coalesce(o.fte, 0) >= 1) AS gap_lines,
            sum(greatest(0, floor(coalesce(f.fte, 0) - coalesce(p.fte, 0) - coalesce(o.fte, 0)))) AS gap_places
       FROM people p FULL JOIN open o USING (department_code, profession, grade)
            FULL JOIN funded f USING (department_code, profession, grade)
      GROUP BY profession, grade`,
    [PLAN_GRADES, targetDate],
  );
  return rows.map((row) => ({
    profession: row.profession,
    grade: row.grade,
    candidates: Number(row.candidates),
    opportunities: Number(row.vacancies) + Number(row.gap_lines),
    posts: Number(row.posts) + Number(row.gap_places),
  }));
}

/** Every non-empty subset of the grades, as lists. */
const subsets = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: 2 ** items.length - 1 }, (_, mask) =>
    items.filter((_, bit) => ((mask + 1) >> bit) & 1),
  );

/**
 * A scope of every department that comes closest to the size wanted (candidates and opportunities both, on a log
 * scale): for each set of grades, professions largest first, each taken while the candidates still fit.
 */
export async function chooseScope(
  databaseUrl: string,
  wanted: PlanSize,
  targetDate: string,
): Promise<PlanScope> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts = await lineCounts(client, targetDate);
    const departments = await client.query<{ department_code: string }>(
      `SELECT DISTINCT department_code FROM person_read_model ORDER BY department_code`,
    );
    const miss = (got: number, want: number) => Math.abs(Math.log(Math.max(1, got) / Math.max(1, want)));
    let best: (PlanScope & { opportunities: number; miss: number }) | undefined;
    for (const grades of subsets(PLAN_GRADES)) {
      const byProfession = new Map<string, LineCounts>();
      for (const line of counts.filter((line) => grades.includes(line.grade))) {
        const sum = byProfession.get(line.profession) ?? {
          ...line,
          candidates: 0,
          opportunities: 0,
          posts: 0,
        };
        sum.candidates += line.candidates;
        sum.opportunities += line.opportunities;
        sum.posts += line.posts;
        byProfession.set(line.profession, sum);
      }
      const scope = {
        departments: [],
        professions: [] as string[],
        grades,
        candidates: 0,
        posts: 0,
        opportunities: 0,
      };
      for (const line of [...byProfession.values()].sort((a, b) => b.candidates - a.candidates)) {
        if (scope.candidates + line.candidates > wanted.candidates * 1.1) continue;
        scope.professions.push(line.profession);
        scope.candidates += line.candidates;
        scope.opportunities += line.opportunities;
        scope.posts += line.posts;
      }
      if (scope.professions.length === 0) continue;
      const score = miss(scope.candidates, wanted.candidates) + miss(scope.opportunities, wanted.posts);
      if (!best || score < best.miss) best = { ...scope, miss: score };
    }
    return { ...best!, departments: departments.rows.map((row) => row.department_code) };
  } finally {
    await client.end();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * createReallocationPlan on the chosen scope, several times (each stores a DRAFT), then once more under the
 * subgraph's CPU profiler to see how much of it the optimizer is (the plan itself reports no timings).
 */
export async function measurePlan(bench: PlanningBench, request: Request, planner: Identity): Promise<void> {
  const targetDate = addCalendarMonths(bench.today, 2);
  const scope = await chooseScope(bench.databaseUrl, bench.plan, targetDate);
  console.log(
    `\ncreateReallocationPlan, cross-government planner, target date ${targetDate}: scope all ` +
      `${scope.departments.length} departments x ${scope.professions.join(', ')} x ${scope.grades.join(', ')} ` +
      `(estimated ${count(scope.candidates)} candidates, ${count(scope.opportunities)} opportunities with ` +
      `${count(scope.posts)} places; ` +
      `wanted about ${count(bench.plan.candidates)} candidates x ${count(bench.plan.posts)} posts)`,
  );
  const input = {
    scope: { departments: scope.departments, professions: scope.professions, grades: scope.grades },
    targetDate,
  };
  const plan = async () => {
    const { ms, result } = await request(planner, CREATE_REALLOCATION_PLAN, { input });
    return { ms, plan: result.data!.createReallocationPlan as PlanFigures };
  };
  const times: number[] = [];
  let last: PlanFigures | undefined;
  for (let round = 0; round < bench.plan.rounds; round++) {
    const made = await plan();
    times.push(made.ms);
    last = made.plan;
    console.log(`  plan ${round + 1}: ${seconds(made.ms)}`);
    // Minutes a plan: a second one would say little more, and the profiled one below follows anyway.
    if (made.ms > REPEAT_UNDER_MS && round + 1 < bench.plan.rounds) {
      console.log(`  (not repeated: over ${seconds(REPEAT_UNDER_MS)})`);
      break;
    }
  }
  const { statistics } = last!;
  console.log(
    `  the plan's own size: ${count(statistics.candidates)} candidates x ${count(statistics.opportunities)} ` +
      `opportunities (open vacancies and capacity gaps), ${count(statistics.edges)} candidate edges ` +
      `(${(statistics.edges / Math.max(1, statistics.candidates)).toFixed(1)} each); ${count(last!.moveCount)} moves, ` +
      `total score ${last!.totalScore.toFixed(3)}`,
  );
  console.log(
    `  whole createReallocationPlan over HTTP (reads, scoring, optimizer, storing the plan): best ` +
      `${seconds(Math.min(...times))}, worst ${seconds(Math.max(...times))}`,
  );
  await phaseMemory(bench, 'plans');

  let profiled = 0;
  const shares = await bench.subgraph.profile(async () => {
    profiled = (await plan()).ms;
  });
  const sampled = Object.values(shares).reduce((sum, value) => sum + value, 0);
  console.log(
    `  where a plan's time goes: one more plan under the subgraph's CPU profiler took ${seconds(profiled)}; the ` +
      `profile covers ${seconds(sampled)} (also the bench's messages around the request), by part of the code:`,
  );
  for (const [part, ms] of Object.entries(shares).sort(([, a], [, b]) => b - a))
    console.log(`    ${part.padEnd(66)} ${seconds(ms).padStart(8)}`);
  // The profiler slows what it watches a little: the optimizer's figure is, if anything, high.
  const optimizer = shares[OPTIMIZER] ?? 0;
  console.log(
    `  the optimizer: ${seconds(optimizer)} of the plan (CPU profile); goal < ${OPTIMIZER_GOAL_SECONDS} s: ` +
      goal(optimizer < OPTIMIZER_GOAL_SECONDS * 1000),
  );
}
