import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { VacancySnapshot } from '../domain/vacancy.aggregate';

/** Vacancies owns Vacancy: it declares the key, and other subgraphs add fields to it. */
@ObjectType('Vacancy')
@Directive('@key(fields: "id")')
export class VacancyModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  departmentCode: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3 or SCS4' })
  grade: string;

  @Field(() => String)
  profession: string;

  @Field(() => Int)
  posts: number;

  @Field(() => Float)
  ftePerPost: number;

  @Field(() => String, { description: 'DRAFT, OPEN, CLOSED, FILLED or CANCELLED' })
  status: string;

  @Field(() => Int)
  version: number;

  static from(snapshot: VacancySnapshot): VacancyModel {
    return Object.assign(new VacancyModel(), snapshot);
  }
}
