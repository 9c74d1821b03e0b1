import { ProfessionHeadcount } from './plan-facts';

/** The release group a person counts against: their department x profession. */
export const releaseGroupOf = (line: { departmentCode: string; profession: string }) =>
  `${line.departmentCode}/${line.profession}`;

/**
 * How many people each department x profession may release: floor(share x people in post), so a department of nine
 * statisticians releases none at 10%. A group with no headcount releases nobody.
 */
export function releaseLimits(
  headcounts: readonly ProfessionHeadcount[],
  maxReleaseShare: number,
): Map<string, number> {
  // The epsilon keeps 0.29 x 100 (28.999999999999996 in floating point) at 29.
  return new Map(
    headcounts.map((count) => [releaseGroupOf(count), Math.floor(maxReleaseShare * count.people + 1e-9)]),
  );
}
