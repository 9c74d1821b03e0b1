import type { Clock } from '@civil/messaging';
import { CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { REFERENCE_ORDERS } from '../../../config/reference-orders';
import { dateOf } from '../../../move/domain/calendar';
import { compareOpportunities, RankedOpportunity } from '../../domain/match-ranking';
import { scoreMatch } from '../../domain/match.rules';
import { bestMatches } from '../best-matches';
import { bestPossible } from '../best-possible';
import { MatchingReader, VacancyToMatch } from '../matching.reader';
import { RecommendOpportunitiesQuery } from './recommend-opportunities.query';

export type RecommendedOpportunity = RankedOpportunity;
type Found = RankedOpportunity & { id: string };

/**
 * Open vacancies for the person, in their specialism first, then by score, closing date and id. A person moves has
 * not heard of yet, or who has left, gets none. Who may ask is the resolver's policy (RECOMMEND_OPPORTUNITIES).
 */
@Injectable()
export class RecommendOpportunitiesHandler {
  constructor(
    private readonly reader: MatchingReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ personId, first }: RecommendOpportunitiesQuery): Promise<RecommendedOpportunity[]> {
    const person = await this.reader.person(personId);
    if (person === undefined || person.status === 'LEFT') return [];
    const today = dateOf(this.clock.now());
    const context = { today, orders: REFERENCE_ORDERS };
    const found = await bestMatches<VacancyToMatch, Found>(
      {
        page: (request) => this.reader.opportunityShortlist(person, today, request),
        score: (vacancy) => {
          const match = vacancy.status === 'OPEN' ? scoreMatch(person, vacancy, context) : undefined;
          const { opportunityId, closingDate } = vacancy;
          return match && { id: opportunityId, opportunityId, closingDate, match };
        },
        compare: compareOpportunities,
        bestPlaceOf: ({ id, first, bound, closingDate }) => ({
          id,
          opportunityId: id,
          closingDate,
          match: bestPossible(bound, { specialismAligned: first === 1 }),
        }),
      },
      first,
    );
    return found.map(({ opportunityId, closingDate, match }) => ({ opportunityId, closingDate, match }));
  }
}
