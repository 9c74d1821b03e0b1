import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { JSONWebKeySet } from 'jose';
import { ChildReply, ChildRequest, MemoryReport } from './moves-subgraph.protocol';

export interface MovesSubgraphOptions {
  databaseUrl: string;
  gatewayJwks: JSONWebKeySet;
  /** The subgraph's fixed clock. */
  now: Date;
}

/** The moves subgraph in a child process of its own (see moves-subgraph.child.ts). */
export class MovesSubgraphProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Runs the moves migrations on the database and exits: the tables must be there before the loader fills them. */
  static async migrate(options: MovesSubgraphOptions): Promise<void> {
    const child = forkChild(options, true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await nextReply(child, 'migrated');
    await exited;
  }

  static async start(options: MovesSubgraphOptions): Promise<MovesSubgraphProcess> {
    const child = forkChild(options, false);
    const reply = await nextReply(child, 'listening');
    return new MovesSubgraphProcess(child, (reply as { url: string }).url);
  }

  get pid(): number {
    return this.child.pid!;
  }

  async memory(resetPeaks = false): Promise<MemoryReport> {
    const reply = nextReply(this.child, 'memory');
    this.child.send({ type: 'memory', resetPeaks } satisfies ChildRequest);
    return (await reply) as MemoryReport;
  }

  /** Runs the work under the subgraph's CPU profiler: where its time went, by part of the code. */
  async profile(work: () => Promise<unknown>): Promise<Record<string, number>> {
    const started = nextReply(this.child, 'profiling');
    this.child.send({ type: 'profile-start' } satisfies ChildRequest);
    await started;
    await work();
    const reply = nextReply(this.child, 'profile');
    this.child.send({ type: 'profile-stop' } satisfies ChildRequest);
    return ((await reply) as { shares: Record<string, number> }).shares;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'stop' } satisfies ChildRequest);
    await exited;
  }
}

function forkChild(options: MovesSubgraphOptions, migrateOnly: boolean): ChildProcess {
  return fork(join(__dirname, 'moves-subgraph.child.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: {
      ...process.env,
      BENCH_MOVES_DATABASE_URL: options.databaseUrl,
      BENCH_GATEWAY_JWKS: JSON.stringify(options.gatewayJwks),
      BENCH_CLOCK: options.now.toISOString(),
      BENCH_MIGRATE_ONLY: migrateOnly ? '1' : '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextReply(child: ChildProcess, type: ChildReply['type']): Promise<ChildReply> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ChildReply) => {
      if (reply.type === 'failed') finish(() => reject(new Error(`moves subgraph: ${reply.message}`)));
      else if (reply.type === type) finish(() => resolve(reply));
    };
    const onExit = (code: number | null) =>
      finish(() => reject(new Error(`moves subgraph exited (${code}) before answering ${type}`)));
    const finish = (settle: () => void) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}
