import { LOG_LEVELS, LogLevel } from '@civil/platform';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';
import { GraphQLLimitsConfig } from '../limits/graphql-limits.config';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/**
 * The gateway needs no database or broker: a port, where the subgraphs are, and its GraphQL limits (inherited with
 * NODE_ENV, which sets its `mode`).
 */
export class GatewayConfig extends GraphQLLimitsConfig {
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number;

  @IsOptional()
  @IsUrl(URL_OPTIONS)
  PEOPLE_URL?: string;

  @IsOptional()
  @IsUrl(URL_OPTIONS)
  VACANCIES_URL?: string;

  @IsOptional()
  @IsUrl(URL_OPTIONS)
  MOVES_URL?: string;

  /**
   * The private EC P-256 JWK (with a `kid`) the gateway signs internal tokens with. A secret: give it from your
   * secret store, never commit it. The subgraphs fetch its public half from /.well-known/jwks.json. Required in
   * production; development mode keeps one under DATA_DIR (see identity/gateway-identity.ts).
   */
  @IsOptional()
  @IsString()
  INTERNAL_SIGNING_KEY?: string;
}
