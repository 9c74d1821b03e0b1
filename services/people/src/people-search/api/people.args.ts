import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PeopleSearchCriteria } from '../application/people-search.criteria';
import { PeopleFilterInput } from './people-filter.input';

@ArgsType()
export class PeopleArgs {
  @Field(() => PeopleFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeopleFilterInput)
  filter?: PeopleFilterInput | null;

  // The gateway refuses first outside 1..100 too; the subgraph does not rely on it.
  @Field(() => Int, { defaultValue: 20, description: '1 to 100 people a page' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: "The previous page's pageInfo.endCursor" })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** GraphQL's explicit nulls mean "not given", as omitted fields do. */
export function criteriaOf(filter: PeopleFilterInput | null | undefined): PeopleSearchCriteria {
  const criteria: PeopleSearchCriteria = {};
  for (const [key, value] of Object.entries(filter ?? {}))
    if (value !== null && value !== undefined) Object.assign(criteria, { [key]: value });
  if (criteria.skills)
    criteria.skills = criteria.skills.map(({ skillCode, minimumLevel }) => ({ skillCode, minimumLevel }));
  return criteria;
}
