import { ServiceConfig } from '@civil/platform';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class VacanciesConfig extends ServiceConfig {
  /** Overrides the `vacancies` database derived from DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  VACANCIES_DATABASE_URL?: string;

  /** How often open vacancies past their closing date are closed (ms); default 60000, 0 turns the job off. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  VACANCY_AUTO_CLOSE_EVERY_MS?: number;
}
