import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class MyAlertsArgs {
  @Field(() => Int, { defaultValue: 20, description: '1 to 100 alerts a page' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "The previous page's pageInfo.endCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'true: only alerts not yet marked read' })
  @IsBoolean()
  unreadOnly: boolean = false;
}
