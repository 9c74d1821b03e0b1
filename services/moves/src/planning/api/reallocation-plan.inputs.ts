import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { REFERENCE_ORDERS } from '../../config/reference-orders';
import { PlanRequest } from '../application/calculate-plan/plan-request';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;

@InputType('ReallocationScopeInput')
export class ReallocationScopeInput {
  @Field(() => [String], { description: 'Department codes: people and posts of these departments' })
  @ArrayMinSize(1)
  // ~465 organisations: a cross-government planner may name them all.
  @ArrayMaxSize(500)
  @Matches(DEPARTMENT_CODE, { each: true, message: 'each department must be a code of 2 to 16 letters' })
  departments: string[];

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  professions: string[];

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(REFERENCE_ORDERS.grades.length)
  @IsIn(REFERENCE_ORDERS.grades, { each: true })
  grades: string[];
}

@InputType('ReallocationConstraintsInput')
export class ReallocationConstraintsInput {
  @Field(() => Float, {
    nullable: true,
    description:
      "Most of a department x profession's people in post the plan may move out: more than 0, at most 1 (default 0.1)",
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1)
  maxReleaseShare?: number;

  @Field(() => Boolean, { nullable: true, description: 'Only people open to a move (default true)' })
  @IsOptional()
  @IsBoolean()
  onlyOpenToMove?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Also people inside their minimum expected assignment (default false); their moves are held until a planner releases the hold with a reason',
  })
  @IsOptional()
  @IsBoolean()
  allowInsideMinimumTerm?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Always true: a plan never moves anyone into a promotion (false is refused: PLAN.PROMOTIONS_NOT_ALLOWED)',
  })
  @IsOptional()
  @IsBoolean()
  noPromotions?: boolean;
}

@InputType()
export class CreateReallocationPlanInput {
  @Field(() => ReallocationScopeInput)
  @ValidateNested()
  @Type(() => ReallocationScopeInput)
  scope: ReallocationScopeInput;

  @Field(() => String, { description: 'YYYY-MM-DD: the day the moves would start; today or later' })
  @IsDateString({ strict: true })
  targetDate: string;

  @Field(() => ReallocationConstraintsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReallocationConstraintsInput)
  constraints?: ReallocationConstraintsInput;
}

export const toPlanRequest = (input: CreateReallocationPlanInput): PlanRequest => ({
  scope: input.scope,
  targetDate: input.targetDate,
  constraints: input.constraints ?? {},
});

@ArgsType()
export class ReallocationPlanIdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class ApproveReallocationPlanArgs extends ReallocationPlanIdArgs {
  @Field(() => Int, { description: 'The version you last read; a stale one is a CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class ReallocationPlansArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  after?: string;
}
