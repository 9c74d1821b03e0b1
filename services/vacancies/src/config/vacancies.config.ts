import { ServiceConfig } from '@civil/platform';
import { IsOptional, Matches } from 'class-validator';

export class VacanciesConfig extends ServiceConfig {
  /** Overrides the `vacancies` database derived from DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  VACANCIES_DATABASE_URL?: string;
}
