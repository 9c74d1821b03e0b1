import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonSnapshot } from '../domain/person.aggregate';

/** People owns Person: it declares the key, and other subgraphs add fields to it. */
@ObjectType('Person')
@Directive('@key(fields: "id")')
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  staffNumber: string;

  @Field(() => String)
  givenName: string;

  @Field(() => String)
  familyName: string;

  @Field(() => String)
  workEmail: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => String, { description: 'AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3 or SCS4' })
  grade: string;

  @Field(() => String)
  profession: string;

  @Field(() => String, { nullable: true })
  location?: string;

  @Field(() => Float)
  fte: number;

  @Field(() => String, { description: 'ISO-8601 calendar date' })
  startedInPostOn: string;

  @Field(() => String)
  status: string;

  @Field(() => Int)
  version: number;

  static from(snapshot: PersonSnapshot): PersonModel {
    return Object.assign(new PersonModel(), snapshot);
  }
}
