import { Identity } from '@civil/auth';
import { graphqlRequest, TestGatewayKeys } from '@civil/testing';
import { mb, timed } from './bench-figures';
import { MovesSubgraphProcess } from './moves-subgraph.process';
import { PlanningData } from './planning-data';

export interface PlanSize {
  candidates: number;
  posts: number;
}

/** What every measurement works with: the subgraph, its database, the keys to sign as the gateway, the data. */
export interface PlanningBench {
  subgraph: MovesSubgraphProcess;
  databaseUrl: string;
  keys: TestGatewayKeys;
  data: PlanningData;
  plan: PlanSize & { rounds: number };
  today: string;
}

/** Signs first, then times only the HTTP round trip: token signing is the gateway's cost, not the subgraph's. */
export function requester(bench: PlanningBench) {
  return async (identity: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const headers = await bench.keys.headersFor('moves', identity);
    const { ms, result } = await timed(() => graphqlRequest(bench.subgraph.url, query, variables, headers));
    if (result.errors)
      throw new Error(`${query.slice(0, 60)}...: ${JSON.stringify(result.errors).slice(0, 800)}`);
    return { ms, result };
  };
}

export type Request = ReturnType<typeof requester>;

/** The subgraph's memory peaks since the last phase, then a fresh start for the next. */
export async function phaseMemory(bench: PlanningBench, phase: string): Promise<void> {
  const report = await bench.subgraph.memory(true);
  console.log(
    `  memory of the subgraph during ${phase}: sampled peak RSS ${mb(report.peaks.rss)}, heap used ` +
      `${mb(report.peaks.heapUsed)}, heap committed ${mb(report.peaks.heapTotal)}`,
  );
}
