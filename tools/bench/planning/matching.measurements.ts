import { Identity } from '@civil/auth';
import { graphqlRequest, testIdentity, TestGatewayKeys } from '@civil/testing';
import { Client } from 'pg';
import { mb, summary, timed, timingLine } from './bench-figures';
import { MovesSubgraphProcess } from './moves-subgraph.process';
import { RECOMMENDED_OPPORTUNITIES, SUGGESTED_CANDIDATES } from './planning.operations';

const GOAL_MS = 50;

interface Returned {
  score: number;
  explanation: { specialismAligned: boolean };
}

/** Best first: the specialism group (recommendations), then the score, never rising. */
function ordered(matches: Returned[], bySpecialism: boolean): boolean {
  return matches.every((match, index) => {
    const before = matches[index - 1];
    if (!before) return true;
    const group = Number(before.explanation.specialismAligned) - Number(match.explanation.specialismAligned);
    if (bySpecialism && group !== 0) return group > 0;
    return before.score >= match.score;
  });
}
const WARM_UP = 10;

export interface MatchingBench {
  subgraph: MovesSubgraphProcess;
  databaseUrl: string;
  keys: TestGatewayKeys;
  sampled: number;
  today: string;
}

/** A spread of employees and open vacancies, the same on every run (ordered by a hash of their ids). */
async function samples(databaseUrl: string, sampled: number) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const employees = await client.query<{ person_id: string; department_code: string }>(
      `SELECT person_id, department_code FROM person_read_model WHERE status <> 'LEFT'
        ORDER BY md5(person_id::text) LIMIT $1`,
      [sampled],
    );
    const vacancies = await client.query<{ vacancy_id: string; department_code: string }>(
      `SELECT vacancy_id, department_code FROM vacancy_read_model WHERE status = 'OPEN'
        ORDER BY md5(vacancy_id::text) LIMIT $1`,
      [sampled],
    );
    return { employees: employees.rows, vacancies: vacancies.rows };
  } finally {
    await client.end();
  }
}

/** Signs first, then times only the HTTP round trip: token signing is the gateway's cost, not the subgraph's. */
function requester(bench: MatchingBench) {
  return async (identity: Identity, query: string, variables: Record<string, unknown>) => {
    const headers = await bench.keys.headersFor('moves', identity);
    const { ms, result } = await timed(() => graphqlRequest(bench.subgraph.url, query, variables, headers));
    if (result.errors)
      throw new Error(`${query.slice(0, 60)}...: ${JSON.stringify(result.errors).slice(0, 800)}`);
    return { ms, result };
  };
}

async function phaseMemory(bench: MatchingBench, phase: string): Promise<void> {
  const report = await bench.subgraph.memory(true);
  console.log(
    `  memory of the subgraph during ${phase}: sampled peak RSS ${mb(report.peaks.rss)}, heap used ` +
      `${mb(report.peaks.heapUsed)}, heap committed ${mb(report.peaks.heapTotal)}`,
  );
}

async function count(databaseUrl: string, sql: string, parameters: unknown[]): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query(sql, parameters)).rows[0].count);
  } finally {
    await client.end();
  }
}

const outOfSight = (databaseUrl: string, departmentCode: string, vacancyIds: string[]) =>
  count(
    databaseUrl,
    `SELECT count(*) FROM vacancy_read_model
      WHERE vacancy_id = ANY ($1::uuid[]) AND visibility = 'OWN_DEPARTMENT' AND department_code <> $2`,
    [vacancyIds, departmentCode],
  );

const withoutConsent = (databaseUrl: string, departmentCode: string, personIds: string[]) =>
  count(
    databaseUrl,
    `SELECT count(*) FROM person_read_model
      WHERE person_id = ANY ($1::uuid[]) AND (NOT open_to_move OR (department_code <> $2 AND NOT share_profile))`,
    [personIds, departmentCode],
  );

/** recommendedOpportunities and suggestedCandidates at the subgraph, as the gateway would call them. */
export async function measureMatching(bench: MatchingBench): Promise<void> {
  const request = requester(bench);
  const { employees, vacancies } = await samples(bench.databaseUrl, bench.sampled);

  const timings: number[] = [];
  let found = 0;
  const vacanciesSeen = new Set<string>();
  let misordered = 0;
  for (const [index, employee] of [...employees.slice(0, WARM_UP), ...employees].entries()) {
    const identity = testIdentity({
      roles: ['EMPLOYEE'],
      personId: employee.person_id,
      departmentCode: employee.department_code,
    });
    const representations = [
      { __typename: 'Person', id: employee.person_id, departmentCode: employee.department_code },
    ];
    const { ms, result } = await request(identity, RECOMMENDED_OPPORTUNITIES, { representations, first: 10 });
    if (index < WARM_UP) continue;
    timings.push(ms);
    const matches = result.data!._entities[0].recommendedOpportunities as (Returned & {
      vacancy: { id: string };
    })[];
    found += matches.length;
    if (!ordered(matches, true)) misordered++;
    // Visibility: an own-department vacancy only ever goes to its own department's people.
    const hidden = await outOfSight(
      bench.databaseUrl,
      employee.department_code,
      matches.map((m) => m.vacancy.id),
    );
    if (hidden > 0)
      throw new Error(`${employee.person_id} was recommended ${hidden} vacancies they may not see`);
    matches.forEach((match) => vacanciesSeen.add(match.vacancy.id));
  }
  console.log(
    `\n${timingLine(`recommendedOpportunities(first: 10), ${employees.length} employees as themselves`, summary(timings), GOAL_MS)}`,
  );
  console.log(
    `  ${(found / employees.length).toFixed(1)} opportunities on average (${vacanciesSeen.size} different vacancies); ` +
      `out of order: ${misordered}; own-department vacancies of another department: none`,
  );
  await phaseMemory(bench, 'recommendations');

  const suggestions: number[] = [];
  found = 0;
  misordered = 0;
  for (const [index, vacancy] of [...vacancies.slice(0, WARM_UP), ...vacancies].entries()) {
    const identity = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: vacancy.department_code });
    const representations = [{ __typename: 'Vacancy', id: vacancy.vacancy_id }];
    const { ms, result } = await request(identity, SUGGESTED_CANDIDATES, { representations, first: 10 });
    if (index < WARM_UP) continue;
    suggestions.push(ms);
    const matches = result.data!._entities[0].suggestedCandidates as (Returned & {
      person: { id: string };
    })[];
    found += matches.length;
    if (!ordered(matches, false)) misordered++;
    // Consent: open to move, and sharing their profile unless they work in the vacancy's department.
    const refused = await withoutConsent(
      bench.databaseUrl,
      vacancy.department_code,
      matches.map((m) => m.person.id),
    );
    if (refused > 0)
      throw new Error(`vacancy ${vacancy.vacancy_id} suggested ${refused} people without consent`);
  }
  console.log(
    `\n${timingLine(`suggestedCandidates(first: 10), ${vacancies.length} open vacancies as their hiring managers`, summary(suggestions), GOAL_MS)}`,
  );
  console.log(
    `  ${(found / vacancies.length).toFixed(1)} candidates on average; out of order: ${misordered}; ` +
      `suggested without being open to move, or to another department without consent: none`,
  );
  await phaseMemory(bench, 'suggestions');
}
