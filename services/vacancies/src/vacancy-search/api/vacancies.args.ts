import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { VACANCY_ORDERS, VacancyOrder, VacancySearchCriteria } from '../application/vacancy-search.criteria';
import { VacancyFilterInput } from './vacancy-filter.input';
import { VacancyOrderEnum } from './vacancy-order.model';

/** A page of vacancies: its size, where it continues, and the order (a saved search's results take only these). */
@ArgsType()
export class PageOfVacanciesArgs {
  @Field(() => Int, { defaultValue: 20, description: '1 to 100 vacancies a page' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: "The previous page's pageInfo.endCursor, in the same order",
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;

  @Field(() => VacancyOrderEnum, { defaultValue: 'RELEVANCE' })
  @IsIn(VACANCY_ORDERS)
  orderBy: VacancyOrder = 'RELEVANCE';
}

/** `vacancies(...)`: a page's size, cursor and order, plus what to look for. */
@ArgsType()
export class VacanciesArgs extends PageOfVacanciesArgs {
  @Field(() => VacancyFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VacancyFilterInput)
  filter?: VacancyFilterInput | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the title and description, English stemming ("analysts" finds "analyst"); "quoted phrase", ' +
      'or, and -excluded words work as in a web search',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
}

/** GraphQL's explicit nulls mean "not given", as omitted fields do; the filter's names become the criteria's. */
export function criteriaOf(
  filter: VacancyFilterInput | null | undefined,
  search?: string | null,
): VacancySearchCriteria {
  const given = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);
  const criteria: VacancySearchCriteria = {
    departmentCodes: given(filter?.departmentCodes),
    professions: given(filter?.professions),
    grades: given(filter?.grades),
    moveKinds: given(filter?.kinds),
    locations: given(filter?.locations),
    remoteOnly: filter?.remoteOnly === true ? true : undefined,
    skillCodes: given(filter?.skillCodes),
    closingAfter: given(filter?.closingAfter),
    text: given(search),
  };
  return Object.fromEntries(
    Object.entries(criteria).filter(([, value]) => value !== undefined),
  ) as VacancySearchCriteria;
}
