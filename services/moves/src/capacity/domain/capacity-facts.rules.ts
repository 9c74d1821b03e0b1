import { CapacityFacts } from './capacity.rules';
import { EstablishmentFigure, OpenPostsFigure } from './capacity.types';

/** One row of a department's funded-posts history (EstablishmentChanged): `fte` from `effectiveFrom` on. */
export interface EstablishmentEntry {
  departmentCode: string;
  profession: string;
  grade: string;
  effectiveFrom: string;
  fte: number;
  /** The line's version: a later one for the same date replaces the earlier one. */
  version: number;
}

/** A vacancy as capacity counts its posts. */
export interface AdvertisedVacancy {
  vacancyId: string;
  departmentCode: string;
  profession: string;
  grade: string;
  posts: number;
  ftePerPost: number;
  status: string;
}

/** What a move says about a vacancy's post: the saga asked for one, and where the move stands. */
export interface PostClaim {
  vacancyId?: string;
  postRequested: boolean;
  status: string;
}

/**
 * A move holds a post from the vacancies service's reservation (the move is AGREED only once the post is reserved)
 * until it stops before starting (the post is released); once started the post is FILLED for good, even after a
 * temporary move ends (vacancies never releases a filled post).
 */
export const POST_HOLDING_STATUSES: readonly string[] = [
  'AGREED',
  'SCHEDULED',
  'STARTED',
  'EXTENDED',
  'ENDED',
  'MADE_PERMANENT',
];

const hundredths = (fte: number) => Math.round(fte * 100);
const lineKey = (line: { departmentCode: string; profession: string; grade: string }) =>
  `${line.departmentCode}\u0000${line.profession}\u0000${line.grade}`;

/** The funded posts in force at the date: each line's newest entry on or before it; a line ended by 0 is left out. */
export function establishmentAt(history: readonly EstablishmentEntry[], asOf: string): EstablishmentFigure[] {
  const inForce = new Map<string, EstablishmentEntry>();
  for (const entry of history) {
    if (entry.effectiveFrom > asOf) continue;
    const held = inForce.get(lineKey(entry));
    const newer =
      !held ||
      entry.effectiveFrom > held.effectiveFrom ||
      (entry.effectiveFrom === held.effectiveFrom && entry.version > held.version);
    if (newer) inForce.set(lineKey(entry), entry);
  }
  return [...inForce.values()]
    .filter((entry) => hundredths(entry.fte) > 0)
    .map(({ departmentCode, profession, grade, fte }) => ({ departmentCode, profession, grade, fte }));
}

/**
 * Posts advertised and neither reserved nor filled (DOMAIN.md): each OPEN vacancy's posts less those its moves hold,
 * in FTE. One figure per vacancy with a post left, so that the vacancies behind the figure are its drill-down.
 */
export function openPostsOf(
  vacancies: readonly AdvertisedVacancy[],
  claims: readonly PostClaim[],
): OpenPostsFigure[] {
  const held = new Map<string, number>();
  for (const claim of claims)
    if (claim.vacancyId && claim.postRequested && POST_HOLDING_STATUSES.includes(claim.status))
      held.set(claim.vacancyId, (held.get(claim.vacancyId) ?? 0) + 1);
  return vacancies.flatMap((vacancy) => {
    const left = Math.max(vacancy.posts - (held.get(vacancy.vacancyId) ?? 0), 0);
    if (vacancy.status !== 'OPEN' || left === 0 || hundredths(vacancy.ftePerPost) === 0) return [];
    const { vacancyId, departmentCode, profession, grade } = vacancy;
    return [
      { vacancyId, departmentCode, profession, grade, fte: (left * hundredths(vacancy.ftePerPost)) / 100 },
    ];
  });
}

/**
 * Capacity at one location: the people who work there (people's `location`) and their moves. Funded posts and
 * vacancies are not held by location, so they are left out rather than shown against a part of the people.
 */
export function atLocation(facts: CapacityFacts, location: string): CapacityFacts {
  const people = facts.people.filter((person) => person.location === location);
  const here = new Set(people.map((person) => person.personId));
  return {
    people,
    moves: facts.moves.filter((move) => here.has(move.personId)),
    establishment: [],
    openPosts: [],
  };
}
