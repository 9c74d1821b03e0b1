import { remoteGatewayKeys } from '@civil/auth';
import { KafkaTransport } from '@civil/messaging';
import { INestApplication } from '@nestjs/common';
import { loadConfig, requireSetting } from '../config/load-config';
import { brokerList, ServiceConfig } from '../config/service.config';
import { createRootLogger } from '../logging/create-logger';
import { serviceDatabaseUrl } from '../database/service-database-url';
import { ServiceRuntime } from './service-runtime';

export interface StandaloneOptions<C extends ServiceConfig> {
  service: string;
  config: new () => C;
  defaultPort: number;
  createApp(runtime: ServiceRuntime): Promise<INestApplication>;
}

/**
 * `main.ts` of every service: validated config, Kafka transport, listen, and a clean stop on SIGTERM/SIGINT (the app
 * first, so the relay and inbox finish, then the transport it borrowed).
 */
export async function runStandaloneService<C extends ServiceConfig>(
  options: StandaloneOptions<C>,
): Promise<void> {
  const { service } = options;
  try {
    const config = loadConfig(options.config, process.env, { PORT: String(options.defaultPort) });
    const logger = createRootLogger({ level: config.LOG_LEVEL });
    const brokers = requireSetting(
      config,
      'KAFKA_BROKERS',
      `${service} exchanges events through Kafka when run on its own (npm start runs everything in one process without it)`,
    );
    const gatewayJwksUrl = requireSetting(
      config,
      'GATEWAY_JWKS_URL',
      `${service} answers only requests signed by the gateway; point it at the gateway's /.well-known/jwks.json`,
    );
    const transport = new KafkaTransport({
      brokers: brokerList(brokers),
      clientId: service,
      logger: logger.child({ service }),
    });
    const app = await options.createApp({
      databaseUrl: serviceDatabaseUrl(service, process.env),
      transport,
      gatewayKeys: remoteGatewayKeys(gatewayJwksUrl),
      logger,
      port: config.PORT,
    });
    logger.info({ service, port: config.PORT }, `${service} listening`);
    const stop = async (signal: string) => {
      logger.info({ service, signal }, `${service} stopping`);
      await app.close();
      await transport.close();
      process.exit(0);
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  } catch (error) {
    // Start-up failures (bad config, unreachable database or broker) end the process with the reason, not a stack.
    console.error(`${service} failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
