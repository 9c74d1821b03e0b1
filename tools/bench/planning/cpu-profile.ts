import { Session } from 'node:inspector/promises';

/** Where a plan's time went, in milliseconds, from V8's sampling profiler in the subgraph process. */
export type TimeShares = Record<string, number>;

export const OPTIMIZER = 'optimizer (min-cost flow)';

/** Our code by where it lives: a sample is charged to the innermost frame of ours on its stack. */
const CATEGORIES: [category: string, path: RegExp][] = [
  [OPTIMIZER, /\/planning\/domain\/(min-cost-flow|assignment)\.ts/],
  ['match scoring', /\/matching\/domain\//],
  ['plan building (candidate graph, constraints, capacity effect)', /\/planning\/domain\//],
  ['planning application and SQL readers', /\/(planning|capacity)\/(application|infrastructure)\//],
  ['rest of the service (platform, audit, resolvers)', /\/(services|libs)\//],
];

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function categoryOf(node: ProfileNode, parents: Map<number, ProfileNode>): string {
  for (let current: ProfileNode | undefined = node; current; current = parents.get(current.id)) {
    const url = current.callFrame.url;
    if (url.includes('/node_modules/')) continue;
    const found = CATEGORIES.find(([, path]) => path.test(url));
    if (found) return found[0];
  }
  const name = node.callFrame.functionName;
  if (name === '(idle)') return 'idle (waiting for PostgreSQL or the client)';
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return 'V8 itself (compiling, native code)';
  return 'libraries and runtime outside our code (pg, GraphQL, HTTP, JSON)';
}

/** Milliseconds per category, from the samples' time deltas (microseconds). */
export function sharesOf(profile: Profile): TimeShares {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const category = new Map(profile.nodes.map((node) => [node.id, categoryOf(node, parents)]));
  const shares: TimeShares = {};
  profile.samples.forEach((id, index) => {
    const name = category.get(id) ?? categoryOf(byId.get(id)!, parents);
    shares[name] = (shares[name] ?? 0) + profile.timeDeltas[index] / 1000;
  });
  return shares;
}

/** The sampling profiler of this process, started and stopped on the bench's request. */
export class CpuProfiler {
  private session?: Session;

  async start(): Promise<void> {
    this.session = new Session();
    this.session.connect();
    await this.session.post('Profiler.enable');
    await this.session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await this.session.post('Profiler.start');
  }

  async stop(): Promise<TimeShares> {
    const session = this.session!;
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    await session.post('Profiler.disable');
    session.disconnect();
    this.session = undefined;
    return sharesOf(profile);
  }
}
