import 'reflect-metadata';
import { createRootLogger, loadConfig } from '@civil/platform';
import { resolve } from 'node:path';
import { createGatewayApp } from './app';
import { GatewayConfig } from './config/gateway.config';
import { gatewayIdentityFromEnv } from './identity/gateway-identity';
import { subgraphUrlsFromEnv } from './subgraphs/subgraph-urls';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig, process.env, { PORT: '4000' });
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  // Development keys live with the rest of the local data (DATA_DIR, as `npm start` uses); production sets them all.
  const identity = await gatewayIdentityFromEnv(process.env, {
    dataDir: resolve(process.env.DATA_DIR || '.data'),
  });
  const app = await createGatewayApp({
    port: config.PORT,
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    logger,
    internalSigningKey: identity.internalSigningKey,
    bearerTokens: identity.bearerTokens,
  });
  logger.info({ service: 'gateway', port: config.PORT, identity: identity.description }, 'gateway listening');
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error) => {
  console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
