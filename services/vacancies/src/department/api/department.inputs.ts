import { ArgsType, Field, Float, InputType } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { GRADES } from '../../vacancy/domain/grade';
import { DEPARTMENT_CODE } from '../domain/department';
import { MAXIMUM_LINE_FTE } from '../domain/establishment';
import { ORGANISATION_TYPES, OrganisationType as OrganisationTypeValue } from '../domain/organisation-type';
import { OrganisationType } from './department.model';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class AddOrganisationInput {
  @Field(() => String, { description: 'Short code, 2 to 16 letters, unique in any case' })
  @Matches(DEPARTMENT_CODE, { message: 'code must be 2 to 16 letters' })
  code: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => OrganisationType)
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationTypeValue;

  @Field(() => String, { nullable: true, description: 'The organisation it reports to, which must exist' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'parentCode must be 2 to 16 letters' })
  parentCode?: string | null;
}

/** First line of defence, naming the field; the establishment rule re-checks every value. */
@InputType()
export class SetEstablishmentInput {
  @Field(() => String)
  @Matches(DEPARTMENT_CODE, { message: 'departmentCode must be 2 to 16 letters' })
  departmentCode: string;

  @Field(() => String)
  @IsString()
  @Length(1, 64)
  profession: string;

  @Field(() => String, { description: 'AA ... SCS4' })
  @IsIn(GRADES)
  grade: string;

  @Field(() => Float, { description: 'Funded FTE in hundredths; 0 ends the line from effectiveFrom' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAXIMUM_LINE_FTE)
  fte: number;

  @Field(() => String, { description: 'ISO-8601 calendar date; setting a date again replaces its value' })
  @Matches(ISO_DATE, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom: string;
}

@ArgsType()
export class DepartmentsArgs {
  @Field(() => OrganisationType, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationTypeValue | null;

  @Field(() => String, { nullable: true, description: 'A fragment of the code or the name, in any case' })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  search?: string | null;
}

@ArgsType()
export class DepartmentArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 16)
  code: string;
}

@ArgsType()
export class EstablishmentArgs {
  @Field(() => String, { nullable: true, description: 'ISO-8601 calendar date; today when absent' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'asOf must be a date (YYYY-MM-DD)' })
  asOf?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profession?: string | null;

  @Field(() => String, { nullable: true, description: 'AA ... SCS4' })
  @IsOptional()
  @IsIn(GRADES)
  grade?: string | null;
}
