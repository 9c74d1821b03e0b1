import { testIdentity } from '@civil/testing';
import { summary, timingLine } from './bench-figures';
import { phaseMemory, PlanningBench, Request } from './bench-session';
import { RECOMMENDED_OPPORTUNITIES, SUGGESTED_CANDIDATES } from './planning.operations';

const MATCH_GOAL_MS = 50;
/** Requests before timing starts: plans cached, connections open, code compiled. */
export const WARM_UP = 5;

/** Each sampled employee once, as themselves: the gateway's `_entities` call for `me { recommendedOpportunities }`. */
export async function measureRecommendations(bench: PlanningBench, request: Request): Promise<void> {
  const timings: number[] = [];
  let found = 0;
  let specialismFirst = 0;
  const employees = bench.data.employees;
  for (const [index, employee] of [...employees.slice(0, WARM_UP), ...employees].entries()) {
    const identity = testIdentity({
      roles: ['EMPLOYEE'],
      personId: employee.personId,
      departmentCode: employee.departmentCode,
    });
    // departmentCode: what the gateway fetches from people for the field's @requires.
    const representations = [
      { __typename: 'Person', id: employee.personId, departmentCode: employee.departmentCode },
    ];
    const { ms, result } = await request(identity, RECOMMENDED_OPPORTUNITIES, { representations, first: 10 });
    if (index < WARM_UP) continue;
    timings.push(ms);
    const matches = (result.data!._entities[0]?.recommendedOpportunities ?? []) as {
      explanation: { specialismAligned: boolean };
    }[];
    found += matches.length;
    if (matches[0]?.explanation.specialismAligned) specialismFirst++;
  }
  console.log(
    `\n${timingLine(`recommendedOpportunities(first: 10), ${employees.length} different employees, as themselves`, summary(timings), MATCH_GOAL_MS)}`,
  );
  console.log(
    `  ${(found / employees.length).toFixed(1)} opportunities on average; ${specialismFirst} employees had one in their specialism first`,
  );
  await phaseMemory(bench, 'recommendations');
}

/** Each sampled open vacancy once, as a hiring manager of its department. */
export async function measureSuggestions(bench: PlanningBench, request: Request): Promise<void> {
  const timings: number[] = [];
  let found = 0;
  const vacancies = bench.data.vacancies;
  for (const [index, vacancy] of [...vacancies.slice(0, WARM_UP), ...vacancies].entries()) {
    const identity = testIdentity({ roles: ['HIRING_MANAGER'], departmentCode: vacancy.departmentCode });
    const representations = [{ __typename: 'Vacancy', id: vacancy.vacancyId }];
    const { ms, result } = await request(identity, SUGGESTED_CANDIDATES, { representations, first: 10 });
    if (index < WARM_UP) continue;
    timings.push(ms);
    found += result.data!._entities[0]?.suggestedCandidates?.length ?? 0;
  }
  console.log(
    `\n${timingLine(`suggestedCandidates(first: 10), ${vacancies.length} open vacancies, as their hiring managers`, summary(timings), MATCH_GOAL_MS)}`,
  );
  console.log(`  ${(found / vacancies.length).toFixed(1)} candidates on average`);
  await phaseMemory(bench, 'suggestions');
}
