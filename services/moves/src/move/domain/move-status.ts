/**
 * Where a move is in its workflow (README, "The move workflow"). AWAITING_POST is the saga's wait between the last
 * agreement and the vacancies service's answer; a move without a vacancy goes straight from agreement to AGREED.
 */
export const MOVE_STATUSES = [
  'PROPOSED',
  'TENURE_HOLD',
  'AWAITING_AGREEMENT',
  'AWAITING_POST',
  'AGREED',
  'SCHEDULED',
  'STARTED',
  'EXTENDED',
  'ENDED',
  'MADE_PERMANENT',
  'REFUSED',
  'WITHDRAWN',
  'REJECTED',
  'CANCELLED',
] as const;
export type MoveStatus = (typeof MOVE_STATUSES)[number];

/** Before the start date: the move can still be withdrawn, rejected or cancelled, and a reserved post released. */
const BEFORE_START: readonly MoveStatus[] = [
  'PROPOSED',
  'TENURE_HOLD',
  'AWAITING_AGREEMENT',
  'AWAITING_POST',
  'AGREED',
  'SCHEDULED',
];
/** The person is in the host department now. */
const IN_PROGRESS: readonly MoveStatus[] = ['STARTED', 'EXTENDED'];
const FINAL: readonly MoveStatus[] = [
  'ENDED',
  'MADE_PERMANENT',
  'REFUSED',
  'WITHDRAWN',
  'REJECTED',
  'CANCELLED',
];

export const isBeforeStart = (status: MoveStatus) => BEFORE_START.includes(status);
export const isInProgress = (status: MoveStatus) => IN_PROGRESS.includes(status);
export const isFinal = (status: MoveStatus) => FINAL.includes(status);
