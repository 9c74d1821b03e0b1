// class-transformer's @Type reads design metadata; contracts load without Nest, so they bring the polyfill themselves.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  REQUIRED_SKILL_LEVELS,
  VACANCY_MOVE_KINDS,
  VACANCY_STATUSES,
  VACANCY_VISIBILITIES,
} from './vacancy-event-values';

export class RequiredSkillV1 {
  @IsString()
  @Length(1, 96)
  skillCode: string;

  @IsIn(REQUIRED_SKILL_LEVELS)
  minimumLevel: string;

  /** Essential (a must) or desirable (counts in the match score only). */
  @IsBoolean()
  essential: boolean;
}

/**
 * A vacancy as matching, capacity and the moves workflow need it: everything but the description (free text stays
 * in vacancies; the title is kept for notifications and explanations, and names nobody).
 */
export class VacancyRecordV1 {
  @IsUUID()
  vacancyId: string;

  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsString()
  @Length(1, 200)
  title: string;

  @IsString()
  @Length(1, 8)
  grade: string;

  @IsString()
  @Length(1, 64)
  profession: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  specialism?: string;

  @IsArray()
  @ArrayMaxSize(VACANCY_MOVE_KINDS.length)
  @IsIn(VACANCY_MOVE_KINDS, { each: true })
  moveKinds: string[];

  @IsInt()
  @Min(1)
  @Max(10000)
  posts: number;

  @IsNumber()
  @Min(0.1)
  @Max(1)
  ftePerPost: number;

  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locations: string[];

  @IsBoolean()
  remotePossible: boolean;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RequiredSkillV1)
  requiredSkills: RequiredSkillV1[];

  /** Success Profiles behaviours assessed, by name. */
  @IsArray()
  @ArrayMaxSize(9)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  behaviours: string[];

  @IsOptional()
  @IsString()
  @Length(1, 8)
  clearanceRequired?: string;

  @IsDateString({ strict: true })
  closingDate: string;

  /** For temporary kinds (loan, secondment in, short assignment): how long the move lasts. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number;

  /** For a short assignment: hours a week while staying in post. */
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(37)
  hoursPerWeek?: number;

  @IsIn(VACANCY_VISIBILITIES)
  visibility: string;

  @IsIn(VACANCY_STATUSES)
  status: string;
}
