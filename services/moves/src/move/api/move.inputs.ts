import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { MOVE_KINDS } from '../domain/move-kind';
import { MOVE_STATUSES } from '../domain/move-status';
import { KindOfMove, MovePayer, MoveStatus } from './move.model';

const DEPARTMENT_CODE = /^[A-Za-z]{2,16}$/;

@InputType()
export class ProposeMoveInput {
  @Field(() => ID)
  @IsUUID()
  personId: string;

  @Field(() => KindOfMove, { description: 'LEVEL_TRANSFER, LOAN, SECONDMENT_OUT or SHORT_ASSIGNMENT' })
  @IsIn(MOVE_KINDS)
  kind: (typeof MOVE_KINDS)[number];

  @Field(() => ID, { nullable: true, description: 'The vacancy to fill; its department hosts' })
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  @Field(() => String, { nullable: true, description: 'The host department, when no vacancy is named' })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'hostDepartmentCode must be 2 to 16 letters' })
  hostDepartmentCode?: string;

  @Field(() => String, { nullable: true, description: 'For a secondment out: the outside organisation' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  externalOrganisation?: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for temporary kinds' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsOn?: string;

  @Field(() => Float, { nullable: true, description: 'For a short assignment' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(37)
  hoursPerWeek?: number;

  @Field(() => MovePayer)
  @IsIn(['HOME', 'HOST'])
  payer: 'HOME' | 'HOST';

  @Field(() => String, { nullable: true, description: 'Required for a loan longer than two years' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;
}

@InputType()
export class MoveFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DEPARTMENT_CODE, { message: 'departmentCode must be 2 to 16 letters' })
  departmentCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'IN (into departmentCode) or OUT (out of it); absent: both',
  })
  @IsOptional()
  @IsIn(['IN', 'OUT'])
  direction?: 'IN' | 'OUT';

  @Field(() => [MoveStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MOVE_STATUSES.length)
  @IsIn(MOVE_STATUSES, { each: true })
  statuses?: string[];

  @Field(() => [KindOfMove], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MOVE_KINDS.length)
  @IsIn(MOVE_KINDS, { each: true })
  kinds?: string[];
}

@ArgsType()
export class MovesArgs {
  @Field(() => MoveFilterInput, { nullable: true })
  @IsOptional()
  filter?: MoveFilterInput;

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

@ArgsType()
export class MoveIdArgs {
  @Field(() => ID)
  @IsUUID()
  moveId: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a stale one is a CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@ArgsType()
export class MoveReasonArgs extends MoveIdArgs {
  @Field(() => String)
  @IsString()
  @Length(1, 2000)
  reason: string;
}

@ArgsType()
export class OptionalReasonArgs extends MoveIdArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

@ArgsType()
export class AgreeReleaseArgs extends MoveIdArgs {
  @Field(() => String, {
    description: 'YYYY-MM-DD: the person may go from this date (it may be later than asked)',
  })
  @IsDateString({ strict: true })
  releaseOn: string;
}

@ArgsType()
export class ExtendMoveArgs extends MoveIdArgs {
  @Field(() => String, { description: 'YYYY-MM-DD: the new end date' })
  @IsDateString({ strict: true })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Required when a loan runs past two years' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;
}

@ArgsType()
export class ApprovalsQueueArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}
