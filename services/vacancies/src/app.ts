import { InternalTokenVerifier } from '@civil/auth';
import { createRootLogger, createServiceApp } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { VacanciesAppModule, VacanciesRuntime } from './app.module';

export type { VacanciesRuntime } from './app.module';

/**
 * The vacancies subgraph, migrated and ready, with its outbox relay running. Used by main.ts (Kafka) and by the
 * all-in-one starter (shared in-process transport). Listens only when `runtime.port` is given.
 */
export async function createVacanciesApp(runtime: VacanciesRuntime): Promise<INestApplication> {
  const logger = runtime.logger ?? createRootLogger();
  return createServiceApp(VacanciesAppModule.forRuntime({ ...runtime, logger }), {
    logger: logger.child({ service: 'vacancies' }),
    port: runtime.port,
    internalTokens: new InternalTokenVerifier(runtime.gatewayKeys, 'vacancies'),
  });
}
