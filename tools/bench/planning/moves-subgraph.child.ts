// The moves subgraph alone in its own process, so that the memory the bench reports is the service's: not the
// generator's, the loader's or the HTTP client's. Forked by moves-subgraph.process.ts; talks over the IPC channel.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { localKeySet } from '@civil/auth';
import { InProcessTransport } from '@civil/messaging';
import { createRootLogger } from '@civil/platform';
import { listenOnFreePort } from '@civil/testing';
import { createMovesApp } from '../../../services/moves/src/app';
import { CpuProfiler } from './cpu-profile';
import { ChildReply, ChildRequest, MemoryPeaks } from './moves-subgraph.protocol';

const databaseUrl = process.env.BENCH_MOVES_DATABASE_URL!;
const jwks = JSON.parse(process.env.BENCH_GATEWAY_JWKS!);
const now = new Date(process.env.BENCH_CLOCK!);
const migrateOnly = process.env.BENCH_MIGRATE_ONLY === '1';

const none = (): MemoryPeaks => ({ rss: 0, heapUsed: 0, heapTotal: 0, external: 0 });
/** Since the last reset (one phase of the bench), and since start. */
const peaks = { phase: none(), overall: none() };
/**
 * Sampled every 10 ms: the kernel's maxRSS is exact but covers the whole life of the process; the heap has no
 * high-water mark, so a synchronous stretch (the optimizer) is seen when the event loop comes back, through
 * heapTotal, which V8 gives back only slowly.
 */
function sample(): void {
  const usage = process.memoryUsage();
  for (const peak of [peaks.phase, peaks.overall]) {
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
    peak.heapTotal = Math.max(peak.heapTotal, usage.heapTotal);
    peak.external = Math.max(peak.external, usage.external);
  }
}

const send = (reply: ChildReply) => process.send!(reply);

async function main(): Promise<void> {
  const transport = new InProcessTransport();
  const app = await createMovesApp({
    gatewayKeys: localKeySet(jwks),
    databaseUrl,
    transport,
    clock: { now: () => now },
    logger: createRootLogger({ level: 'error' }),
    consumerGroupId: `bench-planning-${randomBytes(4).toString('hex')}`,
    // The clock stands still: nothing is due to start or end during the bench.
    dueMovesEveryMs: 0,
  });
  if (migrateOnly) {
    await app.close();
    await transport.close();
    process.send!({ type: 'migrated' } satisfies ChildReply, () => process.exit(0));
    return;
  }
  const url = `${await listenOnFreePort(app)}/graphql`;
  const profiler = new CpuProfiler();
  setInterval(sample, 10).unref();
  sample();
  process.on('message', (request: ChildRequest) => {
    sample();
    if (request.type === 'memory') {
      send({
        type: 'memory',
        now: process.memoryUsage(),
        peaks: { ...peaks.phase },
        overallPeaks: { ...peaks.overall },
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
      });
      if (request.resetPeaks) peaks.phase = none();
    } else if (request.type === 'profile-start') {
      void profiler.start().then(() => send({ type: 'profiling' }));
    } else if (request.type === 'profile-stop') {
      void profiler.stop().then((shares) => send({ type: 'profile', shares }));
    } else if (request.type === 'stop') {
      void app
        .close()
        .then(() => transport.close())
        .then(() => process.exit(0));
    }
  });
  send({ type: 'listening', url });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
