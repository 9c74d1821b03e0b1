import { SUGGEST_CANDIDATES } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, NotFoundError } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { REFERENCE_ORDERS } from '../../../config/reference-orders';
import { dateOf } from '../../../move/domain/calendar';
import { compareCandidates, RankedCandidate } from '../../domain/match-ranking';
import { scoreMatch } from '../../domain/match.rules';
import { bestMatches } from '../best-matches';
import { bestPossible } from '../best-possible';
import { CandidateToMatch, MatchingReader } from '../matching.reader';
import { SuggestCandidatesQuery } from './suggest-candidates.query';

export interface SuggestedCandidate extends RankedCandidate {
  departmentCode: string;
}

/**
 * People who could fill the vacancy, by score, then who can move sooner, then id. Only people open to move and in
 * post, with no move already under way; people of other departments only with their consent to share their profile
 * (scoreMatch's viewerDepartment: the vacancy's department is who sees them). A vacancy no longer open has none.
 */
@Injectable()
export class SuggestCandidatesHandler {
  constructor(
    private readonly reader: MatchingReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ identity, vacancyId, first }: SuggestCandidatesQuery): Promise<SuggestedCandidate[]> {
    const vacancy = await this.reader.vacancy(vacancyId);
    if (vacancy === undefined) throw new NotFoundError('Vacancy', vacancyId);
    authorize(SUGGEST_CANDIDATES, identity, vacancy);
    if (vacancy.status !== 'OPEN') return [];
    const today = dateOf(this.clock.now());
    const context = { today, orders: REFERENCE_ORDERS, viewerDepartment: vacancy.departmentCode };
    const found = await bestMatches<CandidateToMatch, SuggestedCandidate & { id: string }>(
      {
        page: (request) => this.reader.candidateShortlist(vacancy, today, request),
        score: (person) => {
          if (person.moving || !person.openToMove || person.status !== 'ACTIVE') return undefined;
          const match = scoreMatch(person, vacancy, context);
          const { personId, departmentCode } = person;
          return match && { id: personId, personId, departmentCode, match };
        },
        compare: compareCandidates,
        bestPlaceOf: ({ id, bound, eligibleFrom }) => ({
          id,
          personId: id,
          departmentCode: '',
          match: bestPossible(bound, { eligibleFrom }),
        }),
      },
      first,
    );
    return found.map(({ personId, departmentCode, match }) => ({ personId, departmentCode, match }));
  }
}
