import { LOG_LEVELS, LogLevel } from '@civil/platform';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';

const URL_OPTIONS = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };

/** The gateway needs no database or broker: a port and where the subgraphs are. */
export class GatewayConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

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
   * secret store, never commit it. The subgraphs fetch its public half from /.well-known/jwks.json.
   */
  @IsString()
  INTERNAL_SIGNING_KEY: string;
}
