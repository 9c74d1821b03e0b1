import { InternalTokenVerifier, requireInternalToken } from '@civil/auth';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { PinoLoggerService } from '../logging/pino-logger.service';
import { GRAPHQL_PATH } from '../graphql/subgraph-graphql.module';
import { requestIdMiddleware } from '../logging/request-id.middleware';

/**
 * Builds and initialises a Nest app the same way for every service (and the gateway). Errors during start-up are
 * thrown to the caller rather than aborting the process, so the all-in-one starter and tests can report them.
 */
export async function createServiceApp(
  module: DynamicModule,
  options: {
    logger: Logger;
    port?: number;
    /** Subgraphs: refuse every GraphQL request without a gateway-signed token for them (the gateway passes none). */
    internalTokens?: InternalTokenVerifier;
  },
): Promise<INestApplication> {
  const app = await NestFactory.create(module, {
    logger: new PinoLoggerService(options.logger),
    abortOnError: false,
  });
  app.use(requestIdMiddleware);
  if (options.internalTokens) app.use(GRAPHQL_PATH, requireInternalToken(options.internalTokens));
  try {
    await app.init();
    if (options.port !== undefined) await app.listen(options.port);
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
