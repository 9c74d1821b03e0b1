import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EMPLOYMENT_TYPES, MOVE_KINDS } from '../domain/employment';
import { PERSON_STATUSES } from '../domain/person-status';
import { SKILL_LEVELS } from '../domain/skill';
import { PeopleSchemaScope } from '../../people-schema.scope';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const SkillLevel = enumOf(SKILL_LEVELS);
// registerIn keeps people's own types out of other subgraphs built in the same process (SubgraphDefinition.typeScope).
registerEnumType(SkillLevel, {
  registerIn: () => PeopleSchemaScope,
  name: 'SkillLevel',
  description: 'DDaT Capability Framework levels, lowest first: AWARENESS < WORKING < PRACTITIONER < EXPERT',
});
export const EmploymentType = enumOf(EMPLOYMENT_TYPES);
registerEnumType(EmploymentType, { name: 'EmploymentType', registerIn: () => PeopleSchemaScope });
export const MoveKind = enumOf(MOVE_KINDS);
registerEnumType(MoveKind, {
  name: 'MoveKind',
  registerIn: () => PeopleSchemaScope,
  description: 'A kind of move a person can say they want',
});
export const PersonStatus = enumOf(PERSON_STATUSES);
registerEnumType(PersonStatus, { name: 'PersonStatus', registerIn: () => PeopleSchemaScope });

@ObjectType('PersonSkill', { registerIn: () => PeopleSchemaScope })
export class PersonSkillModel {
  @Field(() => String, { description: "A code from the skills library (e.g. the DDaT framework's)" })
  skillCode: string;

  @Field(() => SkillLevel)
  level: string;

  @Field(() => String, { description: 'One line of evidence' })
  evidence: string;

  @Field(() => String, { nullable: true, description: 'ISO-8601 calendar date' })
  lastUsedOn?: string;
}

@ObjectType('MobilityPreferences', { registerIn: () => PeopleSchemaScope })
export class MobilityPreferencesModel {
  @Field(() => Boolean)
  openToMove: boolean;

  @Field(() => [MoveKind])
  moveKindsWanted: string[];

  @Field(() => [String], { description: 'Department codes' })
  departmentsWanted: string[];

  @Field(() => [String])
  locationsWanted: string[];

  @Field(() => String, { nullable: true, description: 'ISO-8601 calendar date: not before this' })
  earliestMoveOn?: string;

  @Field(() => Boolean, {
    description:
      "The person's consent to other departments' HR, hiring managers and planners seeing this profile",
  })
  shareProfileAcrossDepartments: boolean;
}
