import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { KindOfMove } from '../../move/api/move.model';
import { MATCH_WEIGHTS } from '../domain/match-weights';
import { GradeFit as GradeFitValue, MatchExplanation } from '../domain/match.types';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const GradeFit = asEnum<GradeFitValue>(['SAME_GRADE', 'ONE_GRADE_UP', 'NO_FIT']);
registerEnumType(GradeFit, {
  name: 'GradeFit',
  registerIn: () => MovesSchemaScope,
  description: 'Same grade (a level transfer, loan or short assignment) or one grade up (a promotion)',
});
export const LocationFit = asEnum<MatchExplanation['locationFit']>([
  'WANTED_LOCATION',
  'SAME_LOCATION',
  'REMOTE',
  'ELSEWHERE',
]);
registerEnumType(LocationFit, {
  name: 'LocationFit',
  registerIn: () => MovesSchemaScope,
  description:
    'A place the person wants to work, where they work now, remote working, or none of these (best first)',
});

@ObjectType('SkillComparison', {
  registerIn: () => MovesSchemaScope,
  description: 'A skill the opportunity asks for against the level the person holds (DDaT levels)',
})
export class SkillComparisonModel {
  @Field(() => String)
  skillCode: string;

  @Field(() => String, { description: 'The level asked for: AWARENESS, WORKING, PRACTITIONER or EXPERT' })
  required: string;

  @Field(() => String, { nullable: true, description: "The person's level; null when they do not hold it" })
  held?: string;

  @Field(() => Int, {
    description:
      'Levels short of the requirement, 0 when met; a skill not held is one more than its level’s rank',
  })
  levelGap: number;

  @Field(() => Boolean, { description: 'Essential (counts twice) or desirable' })
  essential: boolean;
}

@ObjectType('MatchPoints', {
  registerIn: () => MovesSchemaScope,
  description:
    'Each component’s points; they add up to the score (README, "How matches are ranked"). The most each can earn: ' +
    Object.entries(MATCH_WEIGHTS)
      .map(([component, thousandths]) => `${component} ${thousandths / 1000}`)
      .join(', '),
})
export class MatchPointsModel {
  @Field(() => Float) skills: number;
  @Field(() => Float) grade: number;
  @Field(() => Float) profession: number;
  @Field(() => Float) specialism: number;
  @Field(() => Float) location: number;
  @Field(() => Float) eligibility: number;
  @Field(() => Float) moveKind: number;
  @Field(() => Float) department: number;
  @Field(() => Float) development: number;
}

/**
 * Why a person and an opportunity match: the domain's MatchExplanation field for field, so a resolver may return the
 * domain object as it is (recommendations, suggestions and reallocation plans all do).
 */
@ObjectType('MatchExplanation', { registerIn: () => MovesSchemaScope })
export class MatchExplanationModel {
  @Field(() => [SkillComparisonModel], { description: 'Skills asked for that the person holds at the level' })
  skillsMet: SkillComparisonModel[];

  @Field(() => [SkillComparisonModel], {
    description: 'Skills asked for that the person lacks or holds below the level, with the gap',
  })
  skillsMissing: SkillComparisonModel[];

  @Field(() => [String], { description: 'Success Profiles behaviours the opportunity assesses' })
  behaviours: string[];

  @Field(() => GradeFit)
  gradeFit: string;

  @Field(() => KindOfMove, { description: 'The kind of move this match would be' })
  moveKind: string;

  @Field(() => Boolean, { description: "In the person's specialist track's profession and specialism" })
  specialismAligned: boolean;

  @Field(() => LocationFit)
  locationFit: string;

  @Field(() => Boolean, {
    description: 'Any clearance the opportunity needs is held (always true: an unmet clearance is no match)',
  })
  clearanceMet: boolean;

  @Field(() => String, {
    description: 'The first day the person may move (minimum term, their own earliest date, today)',
  })
  eligibleFrom: string;

  // Typed as the domain's record, so that a MatchExplanation is one of these as it is; GraphQL reads it field by field.
  @Field(() => MatchPointsModel)
  points: Record<string, number>;
}
