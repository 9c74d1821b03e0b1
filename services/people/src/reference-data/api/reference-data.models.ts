import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Grade', { description: 'A civil service grade; `rank` 1 is the lowest (AA)' })
export class GradeModel {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  rank: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Minimum expected assignment by published policy (SCS1, SCS2: 36); null = the default applies',
  })
  minimumAssignmentMonths?: number;
}

@ObjectType('Profession', { description: 'A government profession, as gov.uk names it' })
export class ProfessionModel {
  @Field(() => String, { description: "The identifier people's and vacancies' `profession` hold" })
  name: string;

  @Field(() => String, { description: 'OPERATIONAL_DELIVERY, POLICY, FUNCTIONAL or SPECIALIST' })
  group: string;
}

@ObjectType('Skill', { description: 'A skill of a capability framework, or a Success Profiles behaviour' })
export class SkillModel {
  @Field(() => String, { description: 'Stable code, e.g. DDAT.DATA_SCIENCE.DATA_MODELLING' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'SKILL or BEHAVIOUR' })
  kind: string;

  @Field(() => String, { description: 'DDAT, SUCCESS_PROFILES, or another profession framework' })
  framework: string;

  @Field(() => String, { nullable: true, description: "The framework's role, e.g. Data scientist" })
  role?: string;
}

@ObjectType('ClearanceLevel', { description: 'A security clearance level; `rank` 1 is the lowest (BPSS)' })
export class ClearanceLevelModel {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  rank: number;
}

@ObjectType('SpecialistTrack', { description: 'A career path inside a specialist profession' })
export class SpecialistTrackModel {
  @Field(() => String, { description: 'e.g. DDAT.DATA_SCIENCE' })
  code: string;

  @Field(() => String)
  profession: string;

  @Field(() => String)
  specialism: string;

  @Field(() => [String], { description: 'Grade codes, lowest first' })
  gradeLadder: string[];

  @Field(() => Int, { description: 'Minimum expected assignment on the track, in months' })
  minimumAssignmentMonths: number;
}

/** updateSpecialistTrack's answer: the track as it is now; `before` is for the audit entry, not in the schema. */
export class UpdatedSpecialistTrack extends SpecialistTrackModel {
  before: { minimumAssignmentMonths: number };
}
