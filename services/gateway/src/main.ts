import 'reflect-metadata';
import { parseSigningJwk } from '@civil/auth';
import { ConfigError, createRootLogger, loadConfig } from '@civil/platform';
import { createGatewayApp } from './app';
import { GatewayConfig } from './config/gateway.config';
import { subgraphUrlsFromEnv } from './subgraphs/subgraph-urls';

async function main(): Promise<void> {
  const config = loadConfig(GatewayConfig, process.env, { PORT: '4000' });
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  const internalSigningKey = signingKeyFrom(config.INTERNAL_SIGNING_KEY);
  const app = await createGatewayApp({
    port: config.PORT,
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    logger,
    internalSigningKey,
  });
  logger.info({ service: 'gateway', port: config.PORT }, 'gateway listening');
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

function signingKeyFrom(json: string) {
  try {
    return parseSigningJwk(json);
  } catch (error) {
    throw new ConfigError([`INTERNAL_SIGNING_KEY ${(error as Error).message}`]);
  }
}

main().catch((error) => {
  console.error(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
