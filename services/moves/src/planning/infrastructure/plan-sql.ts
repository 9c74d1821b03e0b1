import { isFinal, MOVE_STATUSES } from '../../move/domain/move-status';

/** Moves neither finished nor stopped: a person on one is already being moved. */
export const LIVE_MOVE_STATUSES = MOVE_STATUSES.filter((status) => !isFinal(status));

/** Moves that ask for, hold or filled a vacancy's post: every one but those stopped before they started. */
export const POST_TAKING_STATUSES = MOVE_STATUSES.filter(
  (status) => !['REFUSED', 'WITHDRAWN', 'REJECTED', 'CANCELLED'].includes(status),
);

export const numeric = (value: string | number) => Number(value);
