import { CapacityLine } from './capacity.types';

/** A line's figures, without the ids behind them. */
export type LineFigures = Omit<CapacityLine, 'behind'>;

/** A department's lines summed: every figure of CapacityLine, over the lines it has. */
export type DepartmentFigures = Omit<LineFigures, 'profession' | 'grade'>;

export interface DepartmentCapacity extends DepartmentFigures {
  lines: LineFigures[];
}

const SUMMED = [
  'establishment',
  'substantive',
  'away',
  'hereOnLoanOrSecondment',
  'inPost',
  'incoming',
  'outgoing',
  'openPosts',
  'gap',
  'specialistsInsideMinimumTerm',
  'specialistsPastMinimumTerm',
] as const;

/** Lines summed per department, in hundredths so that the totals are as exact as the lines. */
export function departmentTotals(lines: readonly LineFigures[]): DepartmentCapacity[] {
  const byDepartment = new Map<
    string,
    { hundredths: Record<(typeof SUMMED)[number], number>; lines: LineFigures[] }
  >();
  for (const line of lines) {
    let department = byDepartment.get(line.departmentCode);
    if (!department) {
      department = {
        hundredths: Object.fromEntries(SUMMED.map((figure) => [figure, 0])) as Record<
          (typeof SUMMED)[number],
          number
        >,
        lines: [],
      };
      byDepartment.set(line.departmentCode, department);
    }
    for (const figure of SUMMED) department.hundredths[figure] += Math.round(line[figure] * 100);
    department.lines.push(line);
  }
  return [...byDepartment.entries()].map(([departmentCode, { hundredths, lines: departmentLines }]) => ({
    departmentCode,
    ...(Object.fromEntries(SUMMED.map((figure) => [figure, hundredths[figure] / 100])) as Record<
      (typeof SUMMED)[number],
      number
    >),
    lines: departmentLines,
  }));
}

/** A department with no lines: every figure 0 (a forecast month of a department nobody works in yet). */
export function emptyDepartmentFigures(departmentCode: string): DepartmentFigures {
  return {
    departmentCode,
    ...(Object.fromEntries(SUMMED.map((figure) => [figure, 0])) as Record<(typeof SUMMED)[number], number>),
  };
}

/**
 * Planners look first where the shortfall is largest: gap descending, then department code, so that equal gaps come
 * in the same order every time (and a page boundary never moves).
 */
export function rankByGap<D extends DepartmentFigures>(departments: readonly D[], first?: number): D[] {
  const ranked = [...departments].sort(
    (a, b) =>
      b.gap - a.gap ||
      (a.departmentCode < b.departmentCode ? -1 : a.departmentCode > b.departmentCode ? 1 : 0),
  );
  return first === undefined ? ranked : ranked.slice(0, first);
}
