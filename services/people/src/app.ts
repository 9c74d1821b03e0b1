import { InternalTokenVerifier } from '@civil/auth';
import { createRootLogger, createServiceApp } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { PeopleAppModule, PeopleRuntime } from './app.module';

export type { PeopleRuntime };

/**
 * The people subgraph, migrated and ready, with its outbox relay running. Used by main.ts (Kafka) and by the
 * all-in-one starter (shared in-process transport). Listens only when `runtime.port` is given.
 */
export async function createPeopleApp(runtime: PeopleRuntime): Promise<INestApplication> {
  const logger = runtime.logger ?? createRootLogger();
  return createServiceApp(PeopleAppModule.forRuntime({ ...runtime, logger }), {
    logger: logger.child({ service: 'people' }),
    port: runtime.port,
    internalTokens: new InternalTokenVerifier(runtime.gatewayKeys, 'people'),
  });
}
