import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PersonSnapshot } from '../domain/person.aggregate';
import {
  EmploymentType,
  MobilityPreferencesModel,
  PersonSkillModel,
  PersonStatus,
} from './person-profile.model';

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

  @Field(() => String, { nullable: true, description: 'The specialist track the person is on, if any' })
  specialistTrackCode?: string;

  @Field(() => String, { nullable: true, description: 'ISO-8601 calendar date' })
  specialistTrackJoinedOn?: string;

  @Field(() => EmploymentType)
  employmentType: string;

  @Field(() => String, { nullable: true, description: "An inward secondee's home organisation" })
  homeOrganisation?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO-8601 calendar date: a fixed term or secondment ends',
  })
  employmentEndsOn?: string;

  @Field(() => String, { nullable: true, description: 'BPSS, CTC, SC or DV' })
  securityClearance?: string;

  @Field(() => PersonStatus)
  status: string;

  @Field(() => String, { nullable: true, description: 'ISO-8601 calendar date' })
  leftOn?: string;

  @Field(() => [PersonSkillModel])
  skills: PersonSkillModel[];

  @Field(() => [String], { description: 'Skill codes the person wants to develop' })
  skillsToDevelop: string[];

  @Field(() => MobilityPreferencesModel, { name: 'mobilityPreferences' })
  preferences: MobilityPreferencesModel;

  @Field(() => Int)
  version: number;

  static from(snapshot: PersonSnapshot): PersonModel {
    return Object.assign(new PersonModel(), snapshot);
  }
}
