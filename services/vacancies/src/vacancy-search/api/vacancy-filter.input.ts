import { VACANCY_MOVE_KINDS } from '@civil/contracts';
import { Field, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { GRADES } from '../../vacancy/domain/grade';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
const SKILL_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}$/;

/**
 * Which open vacancies to list (and, saved, which new ones to be alerted about). Every criterion given must hold; a
 * list means "any of these". Leave a criterion out (or null) for "any".
 */
@InputType('VacancyFilter')
export class VacancyFilterInput {
  @Field(() => [String], { nullable: true, description: 'Advertised by any of these departments (codes)' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(DEPARTMENT_CODE, { each: true, message: 'departmentCodes must be department codes' })
  departmentCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In any of these professions' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  professions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'At any of these grades (AA ... SCS4)' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(GRADES, { each: true })
  grades?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Offering any of these kinds of move: LEVEL_TRANSFER, PROMOTION, LOAN, SECONDMENT_IN, SHORT_ASSIGNMENT',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(VACANCY_MOVE_KINDS, { each: true })
  kinds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Workable from any of these locations' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locations?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only vacancies that can be worked remotely' })
  @IsOptional()
  @IsBoolean()
  remoteOnly?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Asking for any of these skills (codes), essential or desirable',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(SKILL_CODE, { each: true, message: 'skillCodes must be skill codes' })
  skillCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Closing strictly after this date (YYYY-MM-DD)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'closingAfter must be a date (YYYY-MM-DD)' })
  closingAfter?: string | null;
}
