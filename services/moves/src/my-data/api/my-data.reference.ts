import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/** People owns MyData; moves only names it by key and adds what it holds (see MyDataMovesResolver). */
@ObjectType('MyData')
@Directive('@key(fields: "personId")')
export class MyDataReference {
  @Field(() => ID)
  personId: string;
}
