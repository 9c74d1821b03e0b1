import { testIdentity } from '@civil/testing';
import { goal, summary, timingLine } from './bench-figures';
import { phaseMemory, PlanningBench, Request, requester } from './bench-session';
import { measureRecommendations, measureSuggestions, WARM_UP } from './match.measurement';
import { measurePlan } from './plan.measurement';
import { CAPACITY_OVERVIEW, hasField, SDL, TYPENAME } from './planning.operations';

const OVERVIEW_GOAL_MS = 200;
const OVERVIEW_ROUNDS = 30;
const planner = testIdentity({
  roles: ['WORKFORCE_PLANNER'],
  crossGovernment: true,
  subject: 'bench-planner',
});

async function measureOverview(bench: PlanningBench, request: Request): Promise<void> {
  const timings: number[] = [];
  let departments = 0;
  for (let round = 0; round < WARM_UP + OVERVIEW_ROUNDS; round++) {
    const { ms, result } = await request(planner, CAPACITY_OVERVIEW, {});
    if (round < WARM_UP) continue;
    timings.push(ms);
    departments = result.data!.capacityOverview.length;
  }
  const timing = summary(timings);
  console.log(
    `\n${timingLine(`capacityOverview(orderBy: GAP), all ${departments} departments, cross-government planner`, timing)}`,
  );
  console.log(`  goal < ${OVERVIEW_GOAL_MS} ms (taken at p95): ${goal(timing.p95 < OVERVIEW_GOAL_MS)}`);
  await phaseMemory(bench, 'the capacity overview');
}

/** The figures of part 4, each when the subgraph's schema has its operation; a missing or failing one is reported. */
export async function measurePlanning(bench: PlanningBench): Promise<void> {
  const request = requester(bench);
  const sdl = (await request(planner, SDL)).result.data!._service.sdl as string;
  const overhead: number[] = [];
  for (let round = 0; round < 50; round++) overhead.push((await request(planner, TYPENAME)).ms);
  console.log(
    `\n${timingLine('{ __typename } at the subgraph (HTTP, token check, GraphQL: the floor)', summary(overhead))}`,
  );
  const phases: [name: string, type: string, field: string, measure: () => Promise<void>][] = [
    [
      'recommendedOpportunities',
      'Person',
      'recommendedOpportunities',
      () => measureRecommendations(bench, request),
    ],
    ['suggestedCandidates', 'Vacancy', 'suggestedCandidates', () => measureSuggestions(bench, request)],
    ['capacityOverview', 'Query', 'capacityOverview', () => measureOverview(bench, request)],
    [
      'createReallocationPlan',
      'Mutation',
      'createReallocationPlan',
      () => measurePlan(bench, request, planner),
    ],
  ];
  for (const [name, type, field, measure] of phases) {
    if (!hasField(sdl, type, field)) {
      console.log(`\n${name}: NOT MEASURED (${type}.${field} is not in the moves schema yet)`);
      continue;
    }
    try {
      await measure();
    } catch (error) {
      console.log(`\n${name}: FAILED, NOT MEASURED: ${(error as Error).message.slice(0, 600)}`);
    }
  }
}
