import { IsDateString, IsNumber, IsString, Length, Max, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { VACANCIES_ESTABLISHMENT_TOPIC } from './vacancy-topics';

/**
 * A department's funded posts for one profession x grade, from a date on. The subject is
 * `DEPARTMENT/PROFESSION/GRADE`; capacity keeps the history, so a line can be read at any date.
 */
export class EstablishmentChangedV1 {
  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsString()
  @Length(1, 64)
  profession: string;

  @IsString()
  @Length(1, 8)
  grade: string;

  /** Funded posts in FTE, in hundredths; 0 ends the line. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1_000_000)
  fte: number;

  @IsDateString({ strict: true })
  effectiveFrom: string;
}

export const EstablishmentChanged = defineEvent(
  VACANCIES_ESTABLISHMENT_TOPIC,
  'EstablishmentChanged',
  EstablishmentChangedV1,
);
