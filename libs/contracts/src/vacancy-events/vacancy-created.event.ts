import { IsIn, IsInt, IsNumber, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { VACANCIES_VACANCY_TOPIC } from './vacancy-topics';

/** A department has drafted a vacancy: the demand side's first fact. Title and description stay in vacancies. */
export class VacancyCreatedV1 {
  @IsUUID()
  vacancyId: string;

  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsString()
  @Length(1, 8)
  grade: string;

  @IsString()
  @Length(1, 64)
  profession: string;

  @IsInt()
  @Min(1)
  @Max(10000)
  posts: number;

  @IsNumber()
  @Min(0.1)
  @Max(1)
  ftePerPost: number;

  @IsIn(['DRAFT', 'OPEN', 'CLOSED', 'FILLED', 'CANCELLED'])
  status: string;
}

export const VacancyCreated = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyCreated', VacancyCreatedV1);
