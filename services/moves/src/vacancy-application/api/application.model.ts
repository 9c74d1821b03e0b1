import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { KindOfMove } from '../../move/api/move.model';
import { ApplicationSnapshot } from '../domain/application.aggregate';

@ObjectType('VacancyApplication', {
  registerIn: () => MovesSchemaScope,
  description: "A person's application to a vacancy",
})
export class ApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  vacancyId: string;

  @Field(() => KindOfMove)
  kind: string;

  @Field(() => String)
  statement: string;

  @Field(() => String, { description: 'SUBMITTED, SHORTLISTED, OFFERED, REJECTED or WITHDRAWN' })
  status: string;

  @Field(() => String, { nullable: true, description: 'Why the applicant was not selected' })
  feedback?: string;

  @Field(() => ID, { nullable: true, description: 'The move an offer became' })
  moveId?: string;

  @Field(() => Date)
  submittedAt: Date;

  @Field(() => Int)
  version: number;

  static from(application: ApplicationSnapshot): ApplicationModel {
    return Object.assign(new ApplicationModel(), application);
  }
}
