export * from './move-topics';
export * from './move-event-values';
export * from './post-reservation-requested.event';
export * from './move-started.event';
export * from './move-ended-before-start.events';

import { MoveCancelled, MoveRejected, MoveWithdrawn } from './move-ended-before-start.events';
import { MoveStarted } from './move-started.event';
import { PostReservationRequested } from './post-reservation-requested.event';

export const MOVE_EVENTS = [PostReservationRequested, MoveStarted, MoveWithdrawn, MoveRejected, MoveCancelled];
