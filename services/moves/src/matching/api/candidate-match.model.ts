import { Field, Float, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { PersonReference } from '../../person-read-model/api/person.reference';
import { Match } from '../domain/match.types';
import { MatchExplanationModel } from './match-explanation.model';

@ObjectType('CandidateMatch', {
  registerIn: () => MovesSchemaScope,
  description: 'A person who could fill a vacancy, with their score and why (people holds their name)',
})
export class CandidateMatchModel {
  @Field(() => PersonReference)
  person: PersonReference;

  @Field(() => Float, { description: '0 < score <= 1, three decimals: the sum of explanation.points' })
  score: number;

  @Field(() => MatchExplanationModel)
  explanation: MatchExplanationModel;

  static from(personId: string, departmentCode: string, { score, explanation }: Match): CandidateMatchModel {
    return { person: { id: personId, departmentCode }, score, explanation };
  }
}
