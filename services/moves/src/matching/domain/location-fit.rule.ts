import { MatchExplanation } from './match.types';

const place = (name: string) => name.trim().toLowerCase();

/**
 * The best way the opportunity's place suits the person: one of the places they want to work, the place they work
 * now, remote working, or none of those. Place names are compared without case or surrounding spaces.
 */
export function locationFit(
  person: { location?: string; locationsWanted: readonly string[] },
  opportunity: { locations: readonly string[]; remotePossible: boolean },
): MatchExplanation['locationFit'] {
  const offered = new Set(opportunity.locations.map(place));
  if (person.locationsWanted.some((wanted) => offered.has(place(wanted)))) return 'WANTED_LOCATION';
  if (person.location !== undefined && offered.has(place(person.location))) return 'SAME_LOCATION';
  if (opportunity.remotePossible) return 'REMOTE';
  return 'ELSEWHERE';
}
