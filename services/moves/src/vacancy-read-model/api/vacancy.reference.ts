import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** Vacancies owns Vacancy; moves only names it by key and adds its own fields (see VacancyMovesResolver). */
@ObjectType('Vacancy')
@Directive('@key(fields: "id")')
export class VacancyReference {
  @Field(() => ID)
  id: string;
}
