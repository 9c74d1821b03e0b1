/** The kinds of move (DOMAIN.md, "Kinds of move"). */
export const MOVE_KINDS = [
  'LEVEL_TRANSFER',
  'PROMOTION',
  'LOAN',
  'SECONDMENT_OUT',
  'SECONDMENT_IN',
  'SHORT_ASSIGNMENT',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

const TEMPORARY: readonly MoveKind[] = ['LOAN', 'SECONDMENT_OUT', 'SECONDMENT_IN', 'SHORT_ASSIGNMENT'];

/**
 * What a planner may propose directly. A PROMOTION comes only through an advertised vacancy and an application (fair
 * and open competition); a SECONDMENT_IN places an outside expert, who is not a civil servant a planner reallocates.
 */
const PLANNER_PROPOSABLE: readonly MoveKind[] = [
  'LEVEL_TRANSFER',
  'LOAN',
  'SECONDMENT_OUT',
  'SHORT_ASSIGNMENT',
];

export function isMoveKind(value: string): value is MoveKind {
  return (MOVE_KINDS as readonly string[]).includes(value);
}

/** Temporary moves have an end date, and the person returns home at the end unless the move is made permanent. */
export function isTemporary(kind: MoveKind): boolean {
  return TEMPORARY.includes(kind);
}

export function plannerMayPropose(kind: MoveKind): boolean {
  return PLANNER_PROPOSABLE.includes(kind);
}
