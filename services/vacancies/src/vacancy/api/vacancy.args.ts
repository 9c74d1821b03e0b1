import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { UpdateVacancyInput } from './create-vacancy.input';

@ArgsType()
export class VacancyArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class UpdateVacancyArgs extends VacancyArgs {
  @Field(() => UpdateVacancyInput)
  @ValidateNested()
  @Type(() => UpdateVacancyInput)
  input: UpdateVacancyInput;

  @Field(() => Int, { description: 'The version you last read: a stale one is refused with CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class PublishVacancyArgs extends VacancyArgs {
  @Field(() => Int, { nullable: true, description: 'When given, a stale version is refused with CONFLICT' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@ArgsType()
export class CancelVacancyArgs extends VacancyArgs {
  @Field(() => String, { description: 'Why it is withdrawn, kept with it and in the audit trail' })
  @IsString()
  @Length(1, 2_000)
  reason: string;
}
