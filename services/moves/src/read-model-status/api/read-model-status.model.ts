import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReadModelStatus', {
  description: 'How many people and vacancies moves has taken in from the event streams.',
})
export class ReadModelStatusModel {
  @Field(() => Int)
  people: number;

  @Field(() => Int)
  vacancies: number;
}
