import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNumber, IsString, Length, Matches, Max, Min } from 'class-validator';
import { GRADES } from '../domain/grade';

/** First line of defence, naming the field; the Vacancy aggregate re-checks every rule it owns. */
@InputType()
export class CreateVacancyInput {
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
