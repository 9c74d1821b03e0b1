import type { EstablishmentEntry } from '../../services/vacancies/src/department/domain/establishment';
import { DEFAULT_SEED, GeneratedPerson } from './people.generator';
import { SeededRandom } from './seeded-random';

export interface EstablishmentOptions {
  seed?: number;
  /** From when the funded posts are in force; default the start of the financial year of the people's default as-of. */
  effectiveFrom?: string;
}

/**
 * Our assumptions, not published figures: most lines are funded above the people in them (a vacancy rate of 0 to 12%,
 * drawn per line), and one line in ten is over-staffed (people above funded posts by up to 8%: loans in, over-hiring),
 * so a gap can be either sign, as planners see it.
 */
export const MAXIMUM_VACANCY_RATE = 0.12;
export const OVER_STAFFED_SHARE = 0.1;
export const MAXIMUM_OVER_STAFFING = 0.08;
export const DEFAULT_EFFECTIVE_FROM = '2026-04-01';

interface LineTotal {
  departmentCode: string;
  profession: string;
  grade: string;
  /** People FTE on the line, in hundredths (sums of hundredths are exact). */
  hundredths: number;
}

const keyOf = (departmentCode: string, profession: string, grade: string) =>
  `${departmentCode}\u0000${profession}\u0000${grade}`;

/**
 * Funded posts consistent with a generated civil service: one line per department x profession x grade that has
 * people, funded at their FTE times (1 + the line's vacancy rate). Pure and deterministic for a seed, whatever order the
 * people arrive in (lines are drawn for in key order), so demo data, benchmarks and tests agree on it.
 */
export function generateEstablishment(
  people: Iterable<GeneratedPerson>,
  options: EstablishmentOptions = {},
): EstablishmentEntry[] {
  const totals = new Map<string, LineTotal>();
  for (const { cells } of people) {
    const key = keyOf(cells.department_code, cells.profession, cells.grade);
    let line = totals.get(key);
    if (!line) {
      line = {
        departmentCode: cells.department_code,
        profession: cells.profession,
        grade: cells.grade,
        hundredths: 0,
      };
      totals.set(key, line);
    }
    line.hundredths += Math.round(Number(cells.fte) * 100);
  }
  const random = new SeededRandom(options.seed ?? DEFAULT_SEED);
  const effectiveFrom = options.effectiveFrom ?? DEFAULT_EFFECTIVE_FROM;
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, line]) => {
      const rate = random.chance(OVER_STAFFED_SHARE)
        ? -random.next() * MAXIMUM_OVER_STAFFING
        : random.next() * MAXIMUM_VACANCY_RATE;
      // At least a hundredth: a line with people is never funded at 0, which would end it.
      const fundedHundredths = Math.max(1, Math.round(line.hundredths * (1 + rate)));
      return {
        departmentCode: line.departmentCode,
        profession: line.profession,
        grade: line.grade,
        fte: fundedHundredths / 100,
        effectiveFrom,
      };
    });
}
