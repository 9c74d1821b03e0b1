import { LineKey } from './plan-scope';

/** A capacity line's figures at the target date (FTE), as capacity computes them (capacity.rules.ts). */
export interface CapacityFiguresAt extends LineKey {
  establishment: number;
  substantive: number;
  away: number;
  hereOnLoanOrSecondment: number;
  inPost: number;
  incoming: number;
  outgoing: number;
  openPosts: number;
  gap: number;
}

/** What a planned move changes in capacity: the person's FTE leaves one line and arrives at another. */
export interface MoveForCapacity {
  homeDepartmentCode: string;
  hostDepartmentCode: string;
  profession: string;
  grade: string;
  fte: number;
  /** For a move into a vacancy: the FTE of the post it fills, no longer open. */
  ftePerPost?: number;
}

export type CapacityFigureValues = Omit<CapacityFiguresAt, keyof LineKey>;

export interface LineEffect extends LineKey {
  before: CapacityFigureValues;
  after: CapacityFigureValues;
  movesIn: number;
  movesOut: number;
}

export interface DepartmentCapacityEffect {
  departmentCode: string;
  movesIn: number;
  movesOut: number;
  /** Every line of the department the figures were read for, changed or not, in profession and grade order. */
  lines: LineEffect[];
}

const FIGURES = [
  'establishment',
  'substantive',
  'away',
  'hereOnLoanOrSecondment',
  'inPost',
  'incoming',
  'outgoing',
  'openPosts',
  'gap',
] as const;

interface WorkingLine {
  key: LineKey;
  before: Record<string, number>;
  after: Record<string, number>;
  movesIn: number;
  movesOut: number;
}

const keyOf = (line: LineKey) => `${line.departmentCode}\u0000${line.profession}\u0000${line.grade}`;
const hundredths = (fte: number) => Math.round(fte * 100);

/**
 * Capacity before and after a plan, for every department a planned move leaves or enters. Each move takes the person's
 * FTE from their line (substantive and in post) to the same profession and grade at the host, as capacity will count
 * them once the move starts; a vacancy's post it fills is no longer open; the gap is recomputed (establishment - in
 * post). Counted in hundredths so that the figures stay exact.
 */
export function capacityEffect(
  before: readonly CapacityFiguresAt[],
  moves: readonly MoveForCapacity[],
): DepartmentCapacityEffect[] {
  const affected = new Set(moves.flatMap((move) => [move.homeDepartmentCode, move.hostDepartmentCode]));
  const lines = new Map<string, WorkingLine>();
  const lineFor = (key: LineKey) => {
    let line = lines.get(keyOf(key));
    if (!line) {
      key = { departmentCode: key.departmentCode, profession: key.profession, grade: key.grade };
      const zero = Object.fromEntries(FIGURES.map((figure) => [figure, 0]));
      line = { key, before: zero, after: { ...zero }, movesIn: 0, movesOut: 0 };
      lines.set(keyOf(key), line);
    }
    return line;
  };
  for (const figures of before) {
    if (!affected.has(figures.departmentCode)) continue;
    const values = Object.fromEntries(FIGURES.map((figure) => [figure, hundredths(figures[figure])]));
    const line = lineFor(figures);
    line.before = values;
    line.after = { ...values };
  }
  for (const move of moves) {
    const fte = hundredths(move.fte);
    const home = lineFor({
      departmentCode: move.homeDepartmentCode,
      profession: move.profession,
      grade: move.grade,
    });
    const host = lineFor({
      departmentCode: move.hostDepartmentCode,
      profession: move.profession,
      grade: move.grade,
    });
    home.after.substantive -= fte;
    home.after.inPost -= fte;
    home.movesOut += 1;
    host.after.substantive += fte;
    host.after.inPost += fte;
    host.movesIn += 1;
    if (move.ftePerPost !== undefined)
      host.after.openPosts = Math.max(0, host.after.openPosts - hundredths(move.ftePerPost));
  }

  const byDepartment = new Map<string, DepartmentCapacityEffect>();
  for (const line of [...lines.values()].sort((a, b) => compare(keyOf(a.key), keyOf(b.key)))) {
    line.after.gap = line.after.establishment - line.after.inPost;
    const department = byDepartment.get(line.key.departmentCode) ?? {
      departmentCode: line.key.departmentCode,
      movesIn: 0,
      movesOut: 0,
      lines: [],
    };
    department.movesIn += line.movesIn;
    department.movesOut += line.movesOut;
    department.lines.push({
      ...line.key,
      before: inFte(line.before),
      after: inFte(line.after),
      movesIn: line.movesIn,
      movesOut: line.movesOut,
    });
    byDepartment.set(line.key.departmentCode, department);
  }
  return [...byDepartment.values()];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function inFte(values: Record<string, number>): CapacityFigureValues {
  return Object.fromEntries(FIGURES.map((figure) => [figure, values[figure] / 100])) as CapacityFigureValues;
}
