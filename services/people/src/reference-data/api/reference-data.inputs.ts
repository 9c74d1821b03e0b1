import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PROFESSION_GROUPS, SKILL_KINDS } from '../domain/reference-data.types';

// First line of defence, naming the field; the domain rules (reference-data.rules.ts) check again and decide.

@InputType()
export class AddProfessionInput {
  @Field(() => String)
  @IsString()
  @Length(1, 64)
  name: string;

  @Field(() => String, { description: 'OPERATIONAL_DELIVERY, POLICY, FUNCTIONAL or SPECIALIST' })
  @IsIn(PROFESSION_GROUPS)
  group: string;
}

@InputType()
export class AddSkillInput {
  @Field(() => String, { description: 'e.g. GSS.STATISTICS.SURVEY_METHODOLOGY; never reused' })
  @Matches(/^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*){1,3}$/, {
    message: 'code must be upper-case segments joined by dots, e.g. DDAT.DATA_SCIENCE.DATA_MODELLING',
  })
  @Length(3, 96)
  code: string;

  @Field(() => String)
  @IsString()
  @Length(1, 120)
  name: string;

  @Field(() => String, { description: 'SKILL or BEHAVIOUR' })
  @IsIn(SKILL_KINDS)
  kind: string;

  @Field(() => String)
  @Matches(/^[A-Z][A-Z0-9_]{1,31}$/, { message: 'framework must be 2 to 32 upper-case letters, digits or _' })
  framework: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  role?: string;
}

@InputType()
export class AddSpecialistTrackInput {
  @Field(() => String, { description: 'e.g. DDAT.DATA_ARCHITECTURE' })
  @Matches(/^[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*$/, {
    message: 'code must be upper-case segments joined by dots, e.g. DDAT.DATA_SCIENCE',
  })
  @Length(2, 64)
  code: string;

  @Field(() => String)
  @IsString()
  @Length(1, 64)
  profession: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  specialism: string;

  @Field(() => [String], { description: 'Grade codes, lowest first, one grade apart' })
  @ArrayMinSize(1)
  @ArrayMaxSize(11)
  @IsString({ each: true })
  @Length(2, 8, { each: true })
  gradeLadder: string[];

  @Field(() => Int, { defaultValue: 36 })
  @IsInt()
  @Min(1)
  @Max(120)
  minimumAssignmentMonths: number = 36;
}

@InputType()
export class UpdateSpecialistTrackInput {
  @Field(() => String)
  @IsString()
  @Length(2, 64)
  code: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(120)
  minimumAssignmentMonths: number;
}
