import { ServiceConfig } from '@civil/platform';
import { IsOptional, Matches } from 'class-validator';

export class MovesConfig extends ServiceConfig {
  /** Overrides the `moves` database derived from DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  MOVES_DATABASE_URL?: string;
}
