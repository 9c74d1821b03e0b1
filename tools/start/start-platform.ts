// The all-in-one `npm start`: PostgreSQL, events, the three subgraphs and the gateway in one process, demo data on
// the first start, and an orderly stop on Ctrl-C. Run it through tools/start/bootstrap.js (`npm start`), which
// installs dependencies when missing and keeps the terminal's Ctrl-C away from the embedded PostgreSQL; run directly
// (`node -r @swc-node/register tools/start/start-platform.ts`), Ctrl-C also reaches PostgreSQL, which then stops
// before the services have drained.
import 'reflect-metadata';
import { localKeySet, publicJwksOf } from '@civil/auth';
import { ConfigError, createRootLogger, Logger, redactUrl, serviceDatabaseUrl } from '@civil/platform';
import { INestApplication } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { createGatewayApp } from '../../services/gateway/src/app';
import {
  GatewayIdentity,
  gatewayIdentityFromEnv,
} from '../../services/gateway/src/identity/gateway-identity';
import { createMovesApp } from '../../services/moves/src/app';
import { createPeopleApp } from '../../services/people/src/app';
import { createVacanciesApp } from '../../services/vacancies/src/app';
import { banner } from './banner';
import { displayPath } from './display-path';
import { DEMO_EMPLOYEE, seedDemoData } from './demo-data';
import { findPersonId } from './demo-person.lookup';
import { importGeneratedPeople } from './demo-people.import';
import { advertiseGeneratedVacancies, seedDemoEstablishment } from './demo-workforce.seed';
import { demoTokens, seedingTokens } from './demo-tokens';
import { startEmbeddedPostgres } from './embedded-postgres';
import { EventTransports, inProcessTransports, kafkaTransports } from './event-transports';
import { startLocalKafka } from './local-kafka';
import { isPortFree } from './ports';
import { Shutdown } from './shutdown';
import { isOn, loadStartSettings, StartSettings } from './start.config';
import { StartError } from './start.error';
import { tryItSection } from './try-it';

const repo = resolve(__dirname, '../..');
const shutdown = new Shutdown();
let stopping = false;

function note(message: string): void {
  process.stderr.write(`[npm start] ${message}\n`);
}

const SUBGRAPHS = [
  { name: 'people', portVariable: 'PEOPLE_PORT', create: createPeopleApp },
  { name: 'vacancies', portVariable: 'VACANCIES_PORT', create: createVacanciesApp },
  { name: 'moves', portVariable: 'MOVES_PORT', create: createMovesApp },
] as const;

function portsOf({ config }: StartSettings): Record<string, number> {
  return {
    PORT: config.PORT,
    PEOPLE_PORT: config.PEOPLE_PORT,
    VACANCIES_PORT: config.VACANCIES_PORT,
    MOVES_PORT: config.MOVES_PORT,
  };
}

/** Before anything slow starts: a busy port would otherwise fail only after PostgreSQL and the migrations. */
async function checkPortsFree(settings: StartSettings): Promise<void> {
  const busy: string[] = [];
  for (const [variable, port] of Object.entries(portsOf(settings))) {
    if (!(await isPortFree(port))) busy.push(`${variable} ${port} is already in use (another npm start?)`);
  }
  if (busy.length > 0) throw new ConfigError(busy);
}

async function provideDatabase(settings: StartSettings): Promise<{ serverUrl: string; description: string }> {
  const { config } = settings;
  if (config.DATABASE_URL)
    return {
      serverUrl: config.DATABASE_URL,
      description: `DATABASE_URL (${redactUrl(config.DATABASE_URL)})`,
    };
  const databaseDir = join(settings.dataDir, 'postgres');
  const postgres = await startEmbeddedPostgres({
    databaseDir,
    port: config.EMBEDDED_PG_PORT,
    portChosen: settings.embeddedPortChosen,
    repo,
    onNote: note,
  });
  shutdown.defer('PostgreSQL', postgres.stop);
  const state = postgres.created ? 'new cluster' : 'existing data';
  return {
    serverUrl: postgres.serverUrl,
    description: `embedded, ${state} in ${displayPath(repo, databaseDir)}, ${redactUrl(postgres.serverUrl)}`,
  };
}

async function provideTransports(settings: StartSettings, logger: Logger): Promise<EventTransports> {
  let brokers = settings.config.KAFKA_BROKERS;
  if (!brokers && isOn(settings.config.START_KAFKA)) {
    note('starting the local Kafka broker (infra/kafka/kafka.sh)...');
    const kafka = startLocalKafka(repo);
    if (kafka.stop) shutdown.defer('Kafka broker', kafka.stop);
    brokers = kafka.brokers;
  }
  const transports = brokers
    ? await kafkaTransports(brokers, logger)
    : inProcessTransports(logger.child({ service: 'in-process-transport' }));
  shutdown.defer('event transports', () => transports.close());
  return transports;
}

async function startApp(name: string, start: () => Promise<INestApplication>): Promise<void> {
  note(`starting ${name}...`);
  const app = await start();
  shutdown.defer(name, () => app.close());
}

/** Seeding goes through the gateway like any caller, so it needs tokens: only the development issuer makes them. */
async function provideDemoData(
  settings: StartSettings,
  identity: GatewayIdentity,
  gatewayUrl: string,
  databaseUrls: { people: string; vacancies: string },
): Promise<string> {
  if (!isOn(settings.config.SEED_DEMO_DATA)) return 'off (SEED_DEMO_DATA=0)';
  if (!identity.devIssuer)
    return 'not seeded: with an OIDC provider there is no development issuer to sign as HR';
  const tokens = seedingTokens(identity.devIssuer);
  const seeded = await seedDemoData(gatewayUrl, tokens);
  if (!seeded.seeded) return 'already present from an earlier start; nothing added';
  // The named people (tokens are printed for them) go through the API; a generated workforce through the HR import,
  // its funded posts as a finance feed would set them, and more open vacancies through the API.
  const generated = await importGeneratedPeople(databaseUrls.people);
  const establishment = await seedDemoEstablishment(databaseUrls.vacancies);
  const advertised = await advertiseGeneratedVacancies(gatewayUrl, tokens);
  return (
    `added ${seeded.people + generated.registered} people (${generated.registered} generated, through the HR import), ` +
    `${seeded.vacancies + advertised} open vacancies and ${establishment} establishment lines (first start)`
  );
}

async function start(): Promise<void> {
  const settings = loadStartSettings(repo);
  const { config } = settings;
  const logger = createRootLogger({ level: config.LOG_LEVEL });
  await checkPortsFree(settings);
  // Before anything slow, so NODE_ENV=production without OIDC_* and INTERNAL_SIGNING_KEY fails at once. The
  // development issuer and internal signing key live under DATA_DIR; those variables replace them.
  const identity = await gatewayIdentityFromEnv(process.env, {
    dataDir: settings.dataDir,
    displayPath: (path) => displayPath(repo, path),
  });
  const database = await provideDatabase(settings);
  const transports = await provideTransports(settings, logger);
  const env = { ...process.env, DATABASE_URL: database.serverUrl };

  // The subgraphs in this process are handed the gateway's public key rather than fetching its JWKS.
  const { internalSigningKey, bearerTokens } = identity;
  const gatewayKeys = localKeySet(publicJwksOf(internalSigningKey));
  const subgraphUrls = { people: '', vacancies: '', moves: '' };
  // Subgraphs first: the gateway routes to them, and its health check reports them.
  for (const subgraph of SUBGRAPHS) {
    const port = config[subgraph.portVariable];
    const runtime = {
      databaseUrl: serviceDatabaseUrl(subgraph.name, env),
      transport: transports.forService(subgraph.name),
      gatewayKeys,
      logger,
      port,
    };
    await startApp(subgraph.name, () => subgraph.create(runtime));
    subgraphUrls[subgraph.name] = `http://localhost:${port}/graphql`;
  }
  await startApp('gateway', () =>
    createGatewayApp({ port: config.PORT, subgraphUrls, logger, internalSigningKey, bearerTokens }),
  );
  const gatewayUrl = `http://localhost:${config.PORT}/graphql`;

  const demoData = await provideDemoData(settings, identity, gatewayUrl, {
    people: serviceDatabaseUrl('people', env),
    vacancies: serviceDatabaseUrl('vacancies', env),
  });
  const employeePersonId = await findPersonId(serviceDatabaseUrl('people', env), DEMO_EMPLOYEE.staffNumber);

  process.stdout.write(
    banner({
      gatewayUrl,
      gatewayHealthUrl: `http://localhost:${config.PORT}/health`,
      subgraphs: SUBGRAPHS.map(({ name }) => ({
        name,
        url: subgraphUrls[name],
        healthUrl: subgraphUrls[name].replace(/\/graphql$/, '/health'),
      })),
      database: database.description,
      events: transports.description,
      demoData,
      identity: identity.description,
      tryIt: tryItSection({
        gatewayUrl,
        tokens: identity.devIssuer && (await demoTokens(identity.devIssuer, employeePersonId)),
        employeePersonId,
      }),
    }),
  );
}

async function stop(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  note(`${reason}; stopping...`);
  const failures = await shutdown.run((step) => note(`stopping ${step}`));
  for (const failure of failures) note(`could not stop cleanly: ${failure}`);
  if (failures.length === 0) note('stopped.');
  process.exit(failures.length > 0 ? Math.max(exitCode, 1) : exitCode);
}

let firstSignalAt = 0;
function onSignal(signal: NodeJS.Signals): void {
  // Ctrl-C can arrive twice at once (from the terminal and forwarded by npm); only a deliberate second press forces.
  if (stopping && Date.now() - firstSignalAt > 2_000) {
    note(`${signal} again: exiting without waiting for the rest`);
    process.exit(130);
  }
  firstSignalAt ||= Date.now();
  void stop(`${signal} received`, 0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
// bootstrap.js holds the other end: if it dies without forwarding a signal, stop rather than linger as an orphan.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => void stop('npm start went away', 0));
}

start().catch((error: unknown) => {
  // Foreseen failures read best as one line; anything else (a service failing to boot) needs its stack.
  const foreseen = error instanceof ConfigError || error instanceof StartError;
  const message =
    error instanceof Error ? (foreseen ? error.message : (error.stack ?? error.message)) : String(error);
  note(`failed to start: ${message}`);
  void stop('start-up failed', 1);
});
