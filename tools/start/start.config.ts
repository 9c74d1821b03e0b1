import { ConfigError, loadConfig, LOG_LEVELS, LogLevel } from '@civil/platform';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';

const SWITCH = ['0', '1', 'true', 'false', 'yes', 'no'] as const;
type Switch = (typeof SWITCH)[number];

/**
 * What `npm start` reads from the environment; every variable is optional and has a local-development default.
 * Types are spelled out even beside a default: class-transformer converts the strings by the emitted design type.
 */
export class StartConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  /** An existing server to use instead of the embedded one; each service creates its own database on it. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its data between starts (git-ignored). Relative to the repository. */
  @IsString()
  DATA_DIR: string = '.data';

  // Not 5432, so a system PostgreSQL already listening there does not stop `npm start`.
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_PG_PORT: number = 5433;

  @IsOptional()
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated host:port list' })
  KAFKA_BROKERS?: string;

  /** Starts the local broker from infra/kafka/kafka.sh (needs Java and, once, Maven) when KAFKA_BROKERS is not set. */
  @IsIn(SWITCH)
  START_KAFKA: Switch = '0';

  /** Demo people and vacancies on a first start; never added twice. */
  @IsIn(SWITCH)
  SEED_DEMO_DATA: Switch = '1';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number = 4000;

  @IsInt()
  @Min(1)
  @Max(65535)
  PEOPLE_PORT: number = 4001;

  @IsInt()
  @Min(1)
  @Max(65535)
  VACANCIES_PORT: number = 4002;

  @IsInt()
  @Min(1)
  @Max(65535)
  MOVES_PORT: number = 4003;
}

export function isOn(value: Switch): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

export interface StartSettings {
  config: StartConfig;
  repo: string;
  /** Absolute. */
  dataDir: string;
  /** True when the port came from the environment: then a busy port is an error rather than a reason to move. */
  embeddedPortChosen: boolean;
}

/** DATA_DIR as an absolute path: relative ones are relative to the repository, whatever the working directory. */
export function resolveDataDir(repo: string, dataDir: string = '.data'): string {
  return isAbsolute(dataDir) ? dataDir : resolve(repo, dataDir);
}

/** Validated once before anything starts, so a typo fails in a second with the variable's name. */
export function loadStartSettings(
  repo: string,
  env: Record<string, string | undefined> = process.env,
): StartSettings {
  const config = loadConfig(StartConfig, env);
  const ports = {
    PORT: config.PORT,
    PEOPLE_PORT: config.PEOPLE_PORT,
    VACANCIES_PORT: config.VACANCIES_PORT,
    MOVES_PORT: config.MOVES_PORT,
  };
  const clashes = Object.entries(ports).filter(([name, port]) =>
    Object.entries(ports).some(([other, p]) => other !== name && p === port),
  );
  if (clashes.length > 0)
    throw new ConfigError(clashes.map(([name, port]) => `${name} ${port} is used by another service too`));
  return {
    config,
    repo,
    dataDir: resolveDataDir(repo, config.DATA_DIR),
    embeddedPortChosen: Boolean(env.EMBEDDED_PG_PORT),
  };
}
