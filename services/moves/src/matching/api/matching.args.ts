import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

/** How many matches to return, best first. The gateway caps every `first` too (GRAPHQL_MAX_PAGE_SIZE). */
@ArgsType()
export class MatchesArgs {
  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}
