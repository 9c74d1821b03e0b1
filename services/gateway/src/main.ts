import 'reflect-metadata';
import { createRootLogger, loadConfig } from '@civil/platform';
import { createGatewayApp } from './app';
import { GatewayConfig } from './config/gateway.config';
import { subgraphUrlsFromEnv } from './subgraphs/subgraph-urls';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig, process.env, { PORT: '4000' });
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  const app = await createGatewayApp({
    port: config.PORT,
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    logger,
  });
  logger.info({ service: 'gateway', port: config.PORT }, 'gateway listening');
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
