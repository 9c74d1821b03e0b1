import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GRADES } from '../domain/grade';
import { BEHAVIOURS } from '../domain/vacancy-values';
import { SkillLevel, VacancyClearance, VacancyMoveKind, VacancyVisibility } from './vacancy-enums';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class VacancyRequiredSkillInput {
  @Field(() => String)
  @IsString()
  @Length(1, 96)
  skillCode: string;

  @Field(() => SkillLevel)
  @IsEnum(SkillLevel)
  minimumLevel: 'AWARENESS' | 'WORKING' | 'PRACTITIONER' | 'EXPERT';

  @Field(() => Boolean, { description: 'Essential (a must) or desirable' })
  @IsBoolean()
  essential: boolean;
}

/**
 * What a vacancy may say beyond its first draft; every field optional in a draft (publishVacancy says what is still
 * missing). First line of defence, naming the field; the Vacancy aggregate re-checks every rule it owns.
 */
@InputType({ isAbstract: true })
export abstract class VacancyDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 64)
  specialism?: string | null;

  @Field(() => [VacancyMoveKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(VacancyMoveKind, { each: true })
  moveKinds?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locations?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remotePossible?: boolean | null;

  @Field(() => [VacancyRequiredSkillInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => VacancyRequiredSkillInput)
  requiredSkills?: VacancyRequiredSkillInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: `Success Profiles behaviours: ${BEHAVIOURS.join('; ')}`,
  })
  @IsOptional()
  @ArrayMaxSize(9)
  @IsIn(BEHAVIOURS, { each: true, message: 'behaviours must be Success Profiles behaviours' })
  behaviours?: string[] | null;

  @Field(() => VacancyClearance, { nullable: true })
  @IsOptional()
  @IsEnum(VacancyClearance)
  clearanceRequired?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 date, the last day to apply' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'closingDate must be a date (YYYY-MM-DD)' })
  closingDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  durationMonths?: number | null;

  @Field(() => String, { nullable: true, description: 'Required for a loan over 24 months' })
  @IsOptional()
  @IsString()
  @Length(0, 5_000)
  loanJustification?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(37)
  hoursPerWeek?: number | null;

  @Field(() => VacancyVisibility, { nullable: true, description: 'Default ALL_DEPARTMENTS' })
  @IsOptional()
  @IsEnum(VacancyVisibility)
  visibility?: string | null;
}

@InputType()
export class CreateVacancyInput extends VacancyDetailsInput {
  @Field(() => String)
  @Matches(/^[A-Za-z]{2,16}$/, { message: 'departmentCode must be 2 to 16 letters' })
  departmentCode: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  title: string;

  @Field(() => String)
  @IsString()
  @Length(1, 10_000)
  description: string;

  @Field(() => String)
  @IsIn(GRADES)
  grade: string;

  @Field(() => String)
  @IsString()
  @Length(1, 64)
  profession: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  posts: number;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.1)
  @Max(1)
  ftePerPost: number;
}

/** Every field optional: absent = unchanged; null clears an optional field. The department never changes. */
@InputType()
export class UpdateVacancyInput extends VacancyDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 10_000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(GRADES)
  grade?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profession?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  posts?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.1)
  @Max(1)
  ftePerPost?: number | null;
}
