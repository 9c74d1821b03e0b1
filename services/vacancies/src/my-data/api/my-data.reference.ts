import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** People owns MyData; vacancies only names it by key and adds what it holds (see MyDataVacanciesResolver). */
@ObjectType('MyData')
@Directive('@key(fields: "personId")')
export class MyDataReference {
  @Field(() => ID)
  personId: string;
}
