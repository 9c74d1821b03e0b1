import { InternalTokenVerifier } from '@civil/auth';
import { createRootLogger, createServiceApp } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { MovesAppModule, MovesRuntime } from './app.module';

export type { MovesRuntime };

/**
 * The moves subgraph, migrated and ready, consuming people and vacancy events into its read models. Used by main.ts
 * (Kafka) and by the all-in-one starter (shared in-process transport). Listens only when `runtime.port` is given.
 */
export async function createMovesApp(runtime: MovesRuntime): Promise<INestApplication> {
  const logger = runtime.logger ?? createRootLogger();
  return createServiceApp(MovesAppModule.forRuntime({ ...runtime, logger }), {
    logger: logger.child({ service: 'moves' }),
    port: runtime.port,
    internalTokens: new InternalTokenVerifier(runtime.gatewayKeys, 'moves'),
  });
}
