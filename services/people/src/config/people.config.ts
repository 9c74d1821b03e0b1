import { ServiceConfig } from '@civil/platform';
import { IsOptional, Matches } from 'class-validator';

export class PeopleConfig extends ServiceConfig {
  /** Overrides the `people` database derived from DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  PEOPLE_DATABASE_URL?: string;
}
