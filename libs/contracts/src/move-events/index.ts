export * from './move-topics';
export * from './move-event-values';
export * from './post-reservation-requested.event';
export * from './move-started.event';
export * from './move-progress.events';
export * from './move-ended-before-start.events';
export * from './application.events';

import {
  ApplicantNotSelected,
  ApplicantOffered,
  ApplicantShortlisted,
  ApplicationSubmitted,
  ApplicationWithdrawn,
} from './application.events';
import { MoveCancelled, MoveRejected, MoveWithdrawn } from './move-ended-before-start.events';
import { MoveAgreed, MoveEnded, MoveExtended, MoveMadePermanent, MoveRefused } from './move-progress.events';
import { MoveStarted } from './move-started.event';
import { PostReservationRequested } from './post-reservation-requested.event';

export const MOVE_EVENTS = [
  PostReservationRequested,
  MoveAgreed,
  MoveRefused,
  MoveStarted,
  MoveExtended,
  MoveEnded,
  MoveMadePermanent,
  MoveWithdrawn,
  MoveRejected,
  MoveCancelled,
  ApplicationSubmitted,
  ApplicationWithdrawn,
  ApplicantShortlisted,
  ApplicantNotSelected,
  ApplicantOffered,
];
