import { ServiceConfig } from '@civil/platform';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class PeopleConfig extends ServiceConfig {
  /** Overrides the `people` database derived from DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  PEOPLE_DATABASE_URL?: string;

  /** Minimum expected assignment, in months, for grades without a published one (see TenureConfig). */
  @IsInt()
  @Min(1)
  @Max(120)
  DEFAULT_MINIMUM_ASSIGNMENT_MONTHS: number = 12;
}
