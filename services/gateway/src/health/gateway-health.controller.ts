import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { SUBGRAPH_URLS } from '../gateway.tokens';
import { SubgraphUrls } from '../subgraphs/subgraph-urls';

const TIMEOUT_MS = 2_000;

async function subgraphHealth(
  graphqlUrl: string,
): Promise<{ status: 'up' | 'down'; url: string; error?: string }> {
  const url = new URL('/health', graphqlUrl).toString();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    return response.ok ? { status: 'up', url } : { status: 'down', url, error: `HTTP ${response.status}` };
  } catch (error) {
    return { status: 'down', url, error: (error as Error).message };
  }
}

/** 200 when every subgraph answers its own health check; a query needing a missing subgraph would fail. */
@Controller('health')
export class GatewayHealthController {
  constructor(@Inject(SUBGRAPH_URLS) private readonly subgraphs: SubgraphUrls) {}

  @Get()
  async health(@Res({ passthrough: true }) res: ServerResponse) {
    const names = Object.keys(this.subgraphs) as (keyof SubgraphUrls)[];
    const results = await Promise.all(names.map((name) => subgraphHealth(this.subgraphs[name])));
    const checks = Object.fromEntries(names.map((name, i) => [name, results[i]]));
    const up = results.every((result) => result.status === 'up');
    res.statusCode = up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
    return { status: up ? 'up' : 'down', checks };
  }
}
