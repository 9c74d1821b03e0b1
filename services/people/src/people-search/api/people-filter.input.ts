import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { PersonStatus, SkillLevel } from '../../person/api/person-profile.model';
import { GRADES } from '../../person/domain/grade';
import { PERSON_STATUSES } from '../../person/domain/person-status';
import { SKILL_LEVELS } from '../../person/domain/skill';
import { PeopleSchemaScope } from '../../people-schema.scope';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

@InputType('SkillRequirement', {
  registerIn: () => PeopleSchemaScope,
  description: 'A skill the person must have, at this level or above',
})
export class SkillRequirementInput {
  @Field(() => String)
  @Matches(CODE, { message: 'skillCode must be a skill code' })
  skillCode: string;

  @Field(() => SkillLevel, {
    description: 'AWARENESS < WORKING < PRACTITIONER < EXPERT: this level or above',
  })
  @IsIn(SKILL_LEVELS)
  minimumLevel: (typeof SKILL_LEVELS)[number];
}

/** Every criterion given must hold; lists mean "any of these". */
@InputType('PeopleFilter', { registerIn: () => PeopleSchemaScope })
export class PeopleFilterInput {
  @Field(() => [String], { nullable: true, description: 'Any of these departments' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(DEPARTMENT_CODE, { each: true, message: 'departmentCodes must be department codes' })
  departmentCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these grades (AA ... SCS4)' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(GRADES, { each: true })
  grades?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profession?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE, { message: 'specialistTrackCode must be a track code' })
  specialistTrackCode?: string | null;

  @Field(() => [SkillRequirementInput], { nullable: true, description: 'Every one of these skills' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SkillRequirementInput)
  skills?: SkillRequirementInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  openToMove?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words found anywhere in the given and family name, case-insensitively ("ada love")',
  })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  name?: string | null;

  @Field(() => [PersonStatus], { nullable: true, description: 'Default: everyone but LEFT' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsIn(PERSON_STATUSES, { each: true })
  statuses?: string[] | null;
}
