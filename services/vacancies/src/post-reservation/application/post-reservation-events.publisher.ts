import { PostReservation } from '../domain/post-reservation';

/** Port: the answers to the moves saga, written to the outbox in the open unit of work. */
export abstract class PostReservationEventsPublisher {
  abstract reserved(reservation: PostReservation, postsLeft: number, traceId: string): Promise<void>;
  abstract refused(reservation: PostReservation, traceId: string): Promise<void>;
  abstract released(reservation: PostReservation, traceId: string): Promise<void>;
}
