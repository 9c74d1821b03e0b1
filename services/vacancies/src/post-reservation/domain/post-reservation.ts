/** RESERVED and FILLED are live: they hold a post. RELEASED gave it back; REFUSED never had one. */
export const RESERVATION_STATUSES = ['RESERVED', 'FILLED', 'RELEASED', 'REFUSED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const REFUSAL_REASONS = ['NO_POSTS_LEFT', 'VACANCY_NOT_FOUND', 'VACANCY_NOT_OPEN'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** One move's claim on one post of a vacancy, and what became of it. Keyed by the move: one claim per move. */
export interface PostReservation {
  moveId: string;
  vacancyId: string;
  personId: string;
  status: ReservationStatus;
  refusalReason: RefusalReason | null;
}

/** What a vacancy says about itself when a move asks for a post: read under its row lock. */
export interface VacancyForReservation {
  acceptsReservations: boolean;
  posts: number;
  /** Live reservation rows (RESERVED + FILLED), counted in the same transaction. */
  postsTaken: number;
}

export type ReservationDecision =
  { status: 'RESERVED'; postsLeft: number } | { status: 'REFUSED'; reason: RefusalReason };

/** Never more live reservations than posts: the one rule that keeps a vacancy from being overfilled. */
export function decideReservation(vacancy: VacancyForReservation | null): ReservationDecision {
  if (vacancy === null) return { status: 'REFUSED', reason: 'VACANCY_NOT_FOUND' };
  if (!vacancy.acceptsReservations) return { status: 'REFUSED', reason: 'VACANCY_NOT_OPEN' };
  if (vacancy.postsTaken >= vacancy.posts) return { status: 'REFUSED', reason: 'NO_POSTS_LEFT' };
  return { status: 'RESERVED', postsLeft: vacancy.posts - vacancy.postsTaken - 1 };
}

/** Only a held post can be confirmed (the move started) or given back (it stopped before starting). */
export const canFill = (reservation: PostReservation) => reservation.status === 'RESERVED';
export const canRelease = (reservation: PostReservation) => reservation.status === 'RESERVED';
