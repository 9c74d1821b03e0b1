import { Module } from '@nestjs/common';
import { PersonRecommendationsResolver } from './api/person-recommendations.resolver';
import { VacancySuggestionsResolver } from './api/vacancy-suggestions.resolver';
import { MatchingReader } from './application/matching.reader';
import { RecommendOpportunitiesHandler } from './application/recommend-opportunities/recommend-opportunities.handler';
import { SuggestCandidatesHandler } from './application/suggest-candidates/suggest-candidates.handler';
import { SqlMatchingReader } from './infrastructure/sql-matching.reader';

export const MATCHING_RESOLVERS = [PersonRecommendationsResolver, VacancySuggestionsResolver];

/**
 * Recommendations and suggested candidates (issue 7). The explanation type (api/match-explanation.model.ts) and
 * scoreMatch (domain/match.rules.ts) are what reallocation plans reuse.
 */
@Module({
  providers: [
    ...MATCHING_RESOLVERS,
    RecommendOpportunitiesHandler,
    SuggestCandidatesHandler,
    { provide: MatchingReader, useClass: SqlMatchingReader },
  ],
  exports: [MatchingReader],
})
export class MatchingModule {}
