import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditTrailArgs {
  @Field(() => ID, { description: 'The person whose trail it is' })
  @IsUUID()
  subjectId: string;

  @Field(() => Int, { defaultValue: 20, description: 'At most 100 entries a page' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The cursor of the last entry of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}
