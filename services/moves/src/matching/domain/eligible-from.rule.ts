import { MatchOpportunity, MatchPerson } from './match.types';

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * DOMAIN.md, "Staying in post": the first day the person may move into this opportunity as `kind`: the later of today,
 * their own earliest move date and the end of their minimum expected assignment. A promotion along their own
 * specialist track is the exception: it keeps the specialist in the specialism, so the minimum term does not apply.
 * Without the minimum term's end, people's own eligibleToMoveFrom (which includes it) stands in.
 */
export function eligibleFrom(
  person: MatchPerson,
  opportunity: MatchOpportunity,
  kind: string,
  today: string,
): string {
  return freeToMoveFrom(person, today, kind === 'PROMOTION' && isAlongOwnTrack(person, opportunity));
}

/** As eligibleFrom, for a move that is (or is not) a promotion along the person's own track. */
export function freeToMoveFrom(person: MatchPerson, today: string, promotionAlongOwnTrack: boolean): string {
  let from = today;
  if (person.earliestMoveOn !== undefined) from = later(from, person.earliestMoveOn);
  if (promotionAlongOwnTrack) return from;
  const tenure = person.minimumTermEndsOn ?? person.eligibleToMoveFrom;
  return tenure === undefined ? from : later(from, tenure);
}

/**
 * The opportunity lies in the person's specialism: their track's profession, and its specialism when the track names
 * one. The same test as the tenure hold's (move/domain/tenure-hold.rule.ts), restated: domain folders stand alone.
 */
export function isInSpecialism(person: MatchPerson, opportunity: MatchOpportunity): boolean {
  const track = person.specialistTrack;
  if (track === undefined || opportunity.profession !== track.profession) return false;
  return track.specialism === undefined || opportunity.specialism === track.specialism;
}

/** In the specialism, and the opportunity's grade is a rung of the track's ladder. */
export function isAlongOwnTrack(person: MatchPerson, opportunity: MatchOpportunity): boolean {
  return isInSpecialism(person, opportunity) && person.specialistTrack!.grades.includes(opportunity.grade);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); ISO dates, no time zones involved. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
