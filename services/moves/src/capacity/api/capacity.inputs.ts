import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { CAPACITY_FIGURES, CapacityFigure } from '../application/capacity-behind.reader';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;
const GRADE = /^[A-Za-z0-9]{1,8}$/;

export const CapacityFigureEnum = Object.fromEntries(CAPACITY_FIGURES.map((figure) => [figure, figure]));
registerEnumType(CapacityFigureEnum, {
  name: 'CapacityFigure',
  registerIn: () => MovesSchemaScope,
  description: 'A figure of a capacity line to drill into (for the gap, drill into IN_POST)',
});

/** Only by gap for now: the name leaves room for others without a breaking change. */
export const CapacityOrder = { GAP: 'GAP' } as const;
registerEnumType(CapacityOrder, {
  name: 'CapacityOrder',
  registerIn: () => MovesSchemaScope,
  valuesMap: { GAP: { description: 'Largest shortfall first; equal gaps by department code' } },
});

@ArgsType()
export class CapacityArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later; today when absent' })
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
  @Matches(GRADE, { message: 'grade must be a grade code such as HEO' })
  grade?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "People working there (people's location) and their moves; funded posts and vacancies are not held by location, so establishment, openPosts and gap are null",
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  location?: string | null;
}

@InputType('CapacityOverviewFilter')
export class CapacityOverviewFilterInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Department codes; absent: every one the caller may read',
  })
  @IsOptional()
  @ArrayMaxSize(1000)
  @Matches(DEPARTMENT_CODE, { each: true, message: 'departments must be department codes' })
  departments?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  professions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'AA ... SCS4' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(GRADE, { each: true, message: 'grades must be grade codes such as HEO' })
  grades?: string[] | null;
}

@ArgsType()
export class CapacityOverviewArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, today or later; today when absent' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'asOf must be a date (YYYY-MM-DD)' })
  asOf?: string | null;

  @Field(() => CapacityOverviewFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapacityOverviewFilterInput)
  filter?: CapacityOverviewFilterInput | null;

  @Field(() => CapacityOrder, { defaultValue: CapacityOrder.GAP })
  @IsIn(Object.values(CapacityOrder))
  orderBy: keyof typeof CapacityOrder;

  @Field(() => Int, { nullable: true, description: 'How many departments; all when absent' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number | null;
}

@ArgsType()
export class CapacityForecastArgs {
  @Field(() => String, { description: 'Department code' })
  @Matches(DEPARTMENT_CODE, { message: 'department must be 2 to 16 letters' })
  department: string;

  @Field(() => Int, { defaultValue: 12, description: '1 to 12' })
  @IsInt()
  months: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profession?: string | null;

  @Field(() => String, { nullable: true, description: 'AA ... SCS4' })
  @IsOptional()
  @Matches(GRADE, { message: 'grade must be a grade code such as HEO' })
  grade?: string | null;
}

@ArgsType()
export class CapacityBehindArgs {
  @Field(() => CapacityFigureEnum)
  @IsIn(CAPACITY_FIGURES)
  figure: CapacityFigure;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  after?: string | null;
}
