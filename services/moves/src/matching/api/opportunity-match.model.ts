import { Field, Float, ObjectType } from '@nestjs/graphql';
import { MovesSchemaScope } from '../../moves-schema.scope';
import { VacancyReference } from '../../vacancy-read-model/api/vacancy.reference';
import { Match } from '../domain/match.types';
import { MatchExplanationModel } from './match-explanation.model';

@ObjectType('OpportunityMatch', {
  registerIn: () => MovesSchemaScope,
  description: 'An open vacancy recommended to a person, with its score and why',
})
export class OpportunityMatchModel {
  @Field(() => VacancyReference)
  vacancy: VacancyReference;

  @Field(() => Float, { description: '0 < score <= 1, three decimals: the sum of explanation.points' })
  score: number;

  @Field(() => MatchExplanationModel)
  explanation: MatchExplanationModel;

  static from(vacancyId: string, { score, explanation }: Match): OpportunityMatchModel {
    return { vacancy: { id: vacancyId }, score, explanation };
  }
}
