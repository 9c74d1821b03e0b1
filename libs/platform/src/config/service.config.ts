import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What every service reads from its environment. Services extend it with their own variables. */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number;

  /** The PostgreSQL server; each service derives its own database on it (see serviceDatabaseUrl). */
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL: string;

  /** Comma-separated host:port list. Optional here: the all-in-one starter uses an in-process transport instead. */
  @IsOptional()
  @IsString()
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'must be a comma-separated host:port list' })
  KAFKA_BROKERS?: string;

  /**
   * The gateway's public keys (its /.well-known/jwks.json). A subgraph run on its own answers only requests carrying a
   * token the gateway signed with one of them. Optional here: the all-in-one starter hands the keys over in memory.
   */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'must be an http(s) URL' })
  GATEWAY_JWKS_URL?: string;
}

export function brokerList(value: string): string[] {
  return value
    .split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
}
