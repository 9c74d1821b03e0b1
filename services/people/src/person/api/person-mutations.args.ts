import { ArgsType, Field, ID, InputType, Int, PartialType, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { MoveKind, SkillLevel } from './person-profile.model';
import { RegisterPersonInput } from './register-person.input';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every field optional: absent = unchanged. The staff number never changes. */
@InputType()
export class UpdatePersonInput extends PartialType(OmitType(RegisterPersonInput, ['staffNumber'] as const)) {}

@ArgsType()
export class UpdatePersonArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => UpdatePersonInput)
  @ValidateNested()
  @Type(() => UpdatePersonInput)
  input: UpdatePersonInput;

  @Field(() => Int, { description: 'The version you last read: a stale one is refused with CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

/** For changes where a stale version is also refused when given, and the change applies to the latest when not. */
@ArgsType()
export class PersonChangeArgs {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => Int, { nullable: true, description: 'When given, a stale version is refused with CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class PersonSkillInput {
  @Field(() => String)
  @IsString()
  @Length(1, 96)
  skillCode: string;

  @Field(() => SkillLevel)
  @IsEnum(SkillLevel)
  level: 'AWARENESS' | 'WORKING' | 'PRACTITIONER' | 'EXPERT';

  @Field(() => String, { description: 'One line, up to 500 characters' })
  @IsString()
  @Length(1, 500)
  @Matches(/^[^\r\n]*$/, { message: 'evidence must be one line' })
  evidence: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'lastUsedOn must be a date (YYYY-MM-DD)' })
  lastUsedOn?: string;
}

@ArgsType()
export class SetSkillsArgs extends PersonChangeArgs {
  @Field(() => [PersonSkillInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PersonSkillInput)
  skills: PersonSkillInput[];
}

@ArgsType()
export class SetSkillsToDevelopArgs extends PersonChangeArgs {
  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 96, { each: true })
  skillCodes: string[];
}

@InputType()
export class MobilityPreferencesInput {
  @Field(() => Boolean)
  @IsBoolean()
  openToMove: boolean;

  @Field(() => [MoveKind])
  @IsArray()
  @IsEnum(MoveKind, { each: true })
  moveKindsWanted: ('LEVEL_TRANSFER' | 'PROMOTION' | 'LOAN' | 'SECONDMENT_OUT' | 'SHORT_ASSIGNMENT')[];

  @Field(() => [String], { description: 'Department codes' })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[A-Za-z]{2,16}$/, { each: true, message: 'departmentsWanted must be department codes' })
  departmentsWanted: string[];

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  locationsWanted: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'earliestMoveOn must be a date (YYYY-MM-DD)' })
  earliestMoveOn?: string;

  @Field(() => Boolean, { description: 'Consent to show your profile to other departments' })
  @IsBoolean()
  shareProfileAcrossDepartments: boolean;
}

@ArgsType()
export class SetMobilityPreferencesArgs extends PersonChangeArgs {
  @Field(() => MobilityPreferencesInput)
  @ValidateNested()
  @Type(() => MobilityPreferencesInput)
  preferences: MobilityPreferencesInput;
}

@ArgsType()
export class JoinSpecialistTrackArgs extends PersonChangeArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 64)
  trackCode: string;
}

@ArgsType()
export class RecordLeaverArgs extends PersonChangeArgs {
  @Field(() => String, { description: 'ISO-8601 calendar date' })
  @IsISO8601({ strict: true })
  @Matches(DATE, { message: 'leftOn must be a date (YYYY-MM-DD)' })
  leftOn: string;
}
