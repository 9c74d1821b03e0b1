import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { MessagingRuntime } from '../messaging/messaging-runtime';

type Check = { status: 'up' | 'down'; [detail: string]: unknown };

async function check(probe: () => Promise<Record<string, unknown> | boolean>): Promise<Check> {
  try {
    const result = await probe();
    if (result === false) return { status: 'down' };
    return { status: 'up', ...(typeof result === 'object' ? result : {}) };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  }
}

/**
 * Readiness for load balancers and the starter: 200 when the database and the transport answer, 503 otherwise.
 * The outbox backlog is reported, not judged: a backlog is normal after a broker outage and drains by itself.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MessagingRuntime) private readonly messaging: MessagingRuntime,
  ) {}

  @Get()
  async health(@Res({ passthrough: true }) res: ServerResponse) {
    const [database, transport, outbox] = await Promise.all([
      check(async () => (await this.dataSource.query('SELECT 1'), true)),
      check(
        async () => (await this.messaging.transport.isHealthy()) && { kind: this.messaging.transport.kind },
      ),
      check(async () => ({ backlog: await this.messaging.backlog() })),
    ]);
    const up = database.status === 'up' && transport.status === 'up';
    res.statusCode = up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
    return { status: up ? 'up' : 'down', checks: { database, transport, outbox } };
  }
}
