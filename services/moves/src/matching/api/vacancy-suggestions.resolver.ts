import { Authorize, Identity, SUGGEST_CANDIDATES } from '@civil/auth';
import { CurrentIdentity } from '@civil/platform';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { VacancyReference } from '../../vacancy-read-model/api/vacancy.reference';
import { SuggestCandidatesHandler } from '../application/suggest-candidates/suggest-candidates.handler';
import { SuggestCandidatesQuery } from '../application/suggest-candidates/suggest-candidates.query';
import { CandidateMatchModel } from './candidate-match.model';
import { MatchesArgs } from './matching.args';

@Resolver(() => VacancyReference)
export class VacancySuggestionsResolver {
  constructor(private readonly suggest: SuggestCandidatesHandler) {}

  @ResolveField(() => [CandidateMatchModel], {
    description:
      'People who could fill the vacancy, best first by score, then who can move sooner, then id: only people open ' +
      'to move, and of other departments only those consenting to share their profile (README, "How matches are ranked")',
  })
  // The vacancy's department, as moves' read model holds it, decides (the use case loads it).
  @Authorize(SUGGEST_CANDIDATES, { resource: 'record' })
  async suggestedCandidates(
    @Parent() vacancy: VacancyReference,
    @Args() { first }: MatchesArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const found = await this.suggest.execute(new SuggestCandidatesQuery(identity, vacancy.id, first));
    return found.map(({ personId, departmentCode, match }) =>
      CandidateMatchModel.from(personId, departmentCode, match),
    );
  }
}
