import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MOVE_KINDS } from '../../move/domain/move-kind';
import { KindOfMove, MovePayer } from '../../move/api/move.model';

@InputType()
export class ApplyForVacancyInput {
  @Field(() => ID)
  @IsUUID()
  vacancyId: string;

  @Field(() => KindOfMove, { description: 'One of the kinds the vacancy offers' })
  @IsIn(MOVE_KINDS)
  kind: string;

  @Field(() => String, { description: 'Why you, in up to 2,000 characters' })
  @IsString()
  @Length(1, 2000)
  statement: string;
}

@ArgsType()
export class ApplicationIdArgs {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@ArgsType()
export class RejectApplicantArgs extends ApplicationIdArgs {
  @Field(() => String, { description: 'Feedback for the applicant' })
  @IsString()
  @Length(1, 2000)
  feedback: string;
}

@InputType()
export class OfferTermsInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; for temporary kinds' })
  @IsOptional()
  @IsDateString({ strict: true })
  endsOn?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(1)
  @Max(37)
  hoursPerWeek?: number;

  @Field(() => MovePayer)
  @IsIn(['HOME', 'HOST'])
  payer: 'HOME' | 'HOST';
}

/**
 * One class for all of offerMove's arguments: the validation pipe checks each `@Args()` object against its class and
 * refuses properties it does not declare, so `terms` beside an ApplicationIdArgs was refused as unknown.
 */
@ArgsType()
export class OfferMoveArgs extends ApplicationIdArgs {
  @Field(() => OfferTermsInput)
  @ValidateNested()
  @Type(() => OfferTermsInput)
  terms: OfferTermsInput;
}

@ArgsType()
export class ApplicationsArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}
