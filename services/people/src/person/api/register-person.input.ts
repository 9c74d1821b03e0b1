import { Field, Float, InputType } from '@nestjs/graphql';
import {
  IsEnum,
  IsEmail,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EmploymentType } from './person-profile.model';
import { GRADES } from '../domain/grade';

/** First line of defence, naming the field; the Person aggregate re-checks every rule it owns. */
@InputType()
export class RegisterPersonInput {
  @Field(() => String)
  @Matches(/^[A-Za-z0-9]{4,16}$/, { message: 'staffNumber must be 4 to 16 letters or digits' })
  staffNumber: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  givenName: string;

  @Field(() => String)
  @IsString()
  @Length(1, 100)
  familyName: string;

  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  workEmail: string;

  @Field(() => String)
  @Matches(/^[A-Za-z]{2,16}$/, { message: 'departmentCode must be 2 to 16 letters' })
  departmentCode: string;

  @Field(() => String)
  @IsIn(GRADES)
  grade: string;

  @Field(() => String)
  @IsString()
  @Length(1, 64)
  profession: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string;

  @Field(() => Float)
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.1)
  @Max(1)
  fte: number;

  @Field(() => String)
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startedInPostOn must be a date (YYYY-MM-DD)' })
  startedInPostOn: string;

  @Field(() => EmploymentType, { nullable: true, description: 'Default PERMANENT' })
  @IsOptional()
  @IsEnum(EmploymentType)
  employmentType?: 'PERMANENT' | 'FIXED_TERM' | 'INWARD_SECONDEE';

  @Field(() => String, { nullable: true, description: "An inward secondee's home organisation" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  homeOrganisation?: string;

  @Field(() => String, { nullable: true, description: 'Required for FIXED_TERM and INWARD_SECONDEE' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'employmentEndsOn must be a date (YYYY-MM-DD)' })
  employmentEndsOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'A clearance level from the reference data (BPSS, CTC, SC, DV)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 8)
  securityClearance?: string;
}
