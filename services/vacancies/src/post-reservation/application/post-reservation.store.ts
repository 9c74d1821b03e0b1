import { PostReservation, ReservationStatus } from '../domain/post-reservation';

export interface PostCounts {
  reserved: number;
  filled: number;
}

/** Port for the post_reservation table, used inside the open unit of work (the inbox's or a command's). */
export abstract class PostReservationStore {
  abstract find(moveId: string): Promise<PostReservation | null>;
  /** False when the move already has a row (a concurrent delivery got there first). */
  abstract insert(reservation: PostReservation, now: Date): Promise<boolean>;
  /** Moves the row from one status to another; false when it was not in `from` (already done: nothing to do). */
  abstract transition(
    moveId: string,
    from: ReservationStatus,
    to: ReservationStatus,
    now: Date,
  ): Promise<boolean>;
  /** Live rows of one vacancy, counted row by row (the count is the oracle, never a stored counter). */
  abstract countLive(vacancyId: string): Promise<PostCounts>;
  abstract countsFor(vacancyIds: string[]): Promise<Map<string, PostCounts>>;
  /** Releases every RESERVED row of the vacancy and returns them (a cancelled vacancy holds no posts). */
  abstract releaseAllReserved(vacancyId: string, now: Date): Promise<PostReservation[]>;
}
