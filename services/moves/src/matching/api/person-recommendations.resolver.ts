import { Authorize, RECOMMEND_OPPORTUNITIES } from '@civil/auth';
import { Args, Directive, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PersonReference } from '../../person-read-model/api/person.reference';
import { RecommendOpportunitiesHandler } from '../application/recommend-opportunities/recommend-opportunities.handler';
import { RecommendOpportunitiesQuery } from '../application/recommend-opportunities/recommend-opportunities.query';
import { MatchesArgs } from './matching.args';
import { OpportunityMatchModel } from './opportunity-match.model';

@Resolver(() => PersonReference)
export class PersonRecommendationsResolver {
  constructor(private readonly recommend: RecommendOpportunitiesHandler) {}

  @ResolveField(() => [OpportunityMatchModel], {
    description:
      'Open vacancies that fit the person, best first: roles in their specialism first (people on a specialist ' +
      'track), then by score, closing date and id (README, "How matches are ranked")',
  })
  // People's department, not moves' copy of it, decides who may ask, as for knownToMoves.
  @Directive('@requires(fields: "departmentCode")')
  @Authorize(RECOMMEND_OPPORTUNITIES, { resource: (_args, person: PersonReference) => person })
  async recommendedOpportunities(@Parent() person: PersonReference, @Args() { first }: MatchesArgs) {
    const found = await this.recommend.execute(new RecommendOpportunitiesQuery(person.id, first));
    return found.map(({ opportunityId, match }) => OpportunityMatchModel.from(opportunityId, match));
  }
}
