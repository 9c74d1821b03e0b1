import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { VacanciesSchemaScope } from '../../vacancies-schema.scope';
import { VacancySnapshot } from '../domain/vacancy.aggregate';
import {
  SkillLevel,
  VacancyClearance,
  VacancyMoveKind,
  VacancyStatus,
  VacancyVisibility,
} from './vacancy-enums';

@ObjectType('VacancyRequiredSkill', { registerIn: () => VacanciesSchemaScope })
export class VacancyRequiredSkillModel {
  @Field(() => String, { description: 'A code from the skills library' })
  skillCode: string;

  @Field(() => SkillLevel)
  minimumLevel: string;

  @Field(() => Boolean, { description: 'Essential (a must) or desirable' })
  essential: boolean;
}

/**
 * Vacancies owns Vacancy: it declares the key, and other subgraphs add fields to it. postsReserved, postsFilled and
 * postsLeft are counted from the reservation rows (VacancyResolver), not held here.
 */
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

  @Field(() => String, { nullable: true })
  specialism: string | null;

  @Field(() => [VacancyMoveKind])
  moveKinds: string[];

  @Field(() => Int)
  posts: number;

  @Field(() => Float)
  ftePerPost: number;

  @Field(() => [String])
  locations: string[];

  @Field(() => Boolean)
  remotePossible: boolean;

  @Field(() => [VacancyRequiredSkillModel])
  requiredSkills: VacancyRequiredSkillModel[];

  @Field(() => [String], { description: 'Success Profiles behaviours assessed' })
  behaviours: string[];

  @Field(() => VacancyClearance, { nullable: true })
  clearanceRequired: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO-8601 date: the last day to apply; the vacancy closes itself the day after',
  })
  closingDate: string | null;

  @Field(() => Int, { nullable: true, description: 'How long a temporary move lasts' })
  durationMonths: number | null;

  @Field(() => String, { nullable: true, description: 'Why a loan is over 24 months' })
  loanJustification: string | null;

  @Field(() => Float, { nullable: true, description: 'For a short assignment' })
  hoursPerWeek: number | null;

  @Field(() => VacancyVisibility)
  visibility: string;

  @Field(() => VacancyStatus)
  status: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID, { nullable: true, description: 'The person who drafted it' })
  createdBy: string | null;

  @Field(() => String, { description: 'ISO-8601 instant' })
  createdAt: string;

  @Field(() => String, { nullable: true, description: 'ISO-8601 instant' })
  publishedAt: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 instant' })
  closedAt: string | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  static from(snapshot: VacancySnapshot): VacancyModel {
    return Object.assign(new VacancyModel(), {
      ...snapshot,
      requiredSkills: snapshot.requiredSkills.map((skill) =>
        Object.assign(new VacancyRequiredSkillModel(), skill),
      ),
      createdAt: snapshot.createdAt.toISOString(),
      publishedAt: snapshot.publishedAt?.toISOString() ?? null,
      closedAt: snapshot.closedAt?.toISOString() ?? null,
    });
  }
}
