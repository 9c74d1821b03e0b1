import { IsoDate } from './calendar';
import { MoveKind } from './move-kind';

/** What moves knows of a person's tenure, from the people events (people computes the dates). */
export interface PersonTenure {
  /** Started in post + the minimum expected assignment; absent when people has not told us yet. */
  minimumTermEndsOn?: IsoDate;
  specialistTrack?: { profession: string; specialism?: string; grades: readonly string[] };
}

/** Where the move would take the person. */
export interface MoveDestination {
  kind: MoveKind;
  startsOn: IsoDate;
  /** The person's grade after the move. */
  grade: string;
  profession?: string;
  specialism?: string;
}

/**
 * DOMAIN.md, "Staying in post": a move that would start before the person's minimum expected assignment ends is held,
 * except a promotion along the person's own specialist track, which keeps the specialist in the specialism.
 */
export function isInsideMinimumTerm(person: PersonTenure, destination: MoveDestination): boolean {
  if (person.minimumTermEndsOn === undefined) return false;
  if (destination.startsOn >= person.minimumTermEndsOn) return false;
  return !(destination.kind === 'PROMOTION' && isAlongOwnTrack(person, destination));
}

/** Same profession, same specialism when the track has one, and the new grade is a rung of the track's ladder. */
export function isAlongOwnTrack(person: PersonTenure, destination: MoveDestination): boolean {
  const track = person.specialistTrack;
  if (track === undefined || destination.profession !== track.profession) return false;
  if (track.specialism !== undefined && destination.specialism !== track.specialism) return false;
  return track.grades.includes(destination.grade);
}
