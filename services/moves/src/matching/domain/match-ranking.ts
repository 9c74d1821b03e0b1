import { Match } from './match.types';

/** A scored opportunity as recommendations rank it. */
export interface RankedOpportunity {
  opportunityId: string;
  closingDate?: string;
  match: Match;
}

/** A scored person as suggested candidates rank them. */
export interface RankedCandidate {
  personId: string;
  match: Match;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Recommendations' order (README, "How matches are ranked"): opportunities in the person's specialism first (DOMAIN.md:
 * people on a specialist track see their specialism first; for anyone else none is), then the higher score, then the
 * sooner closing date (no closing date last), then the id, so that equal matches always come in the same order.
 */
export function compareOpportunities(a: RankedOpportunity, b: RankedOpportunity): number {
  const specialism =
    Number(b.match.explanation.specialismAligned) - Number(a.match.explanation.specialismAligned);
  if (specialism !== 0) return specialism;
  if (a.match.score !== b.match.score) return b.match.score - a.match.score;
  if (a.closingDate !== b.closingDate) {
    if (a.closingDate === undefined) return 1;
    if (b.closingDate === undefined) return -1;
    return byText(a.closingDate, b.closingDate);
  }
  return byText(a.opportunityId, b.opportunityId);
}

/**
 * Suggested candidates' order: the higher score, then whoever can move sooner (eligibleFrom), then the person id, so
 * that equal candidates always come in the same order.
 */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  if (a.match.score !== b.match.score) return b.match.score - a.match.score;
  const sooner = byText(a.match.explanation.eligibleFrom, b.match.explanation.eligibleFrom);
  return sooner !== 0 ? sooner : byText(a.personId, b.personId);
}

/** The first `first` of `items` in `compare`'s order; a total order, so the result never depends on input order. */
export function topOf<T>(items: readonly T[], first: number, compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare).slice(0, Math.max(0, first));
}
