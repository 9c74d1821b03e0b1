import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { POST_RESERVATION_REFUSAL_REASONS } from './vacancy-event-values';
import { VACANCIES_VACANCY_TOPIC } from './vacancy-topics';

/** Which move a reservation answer is about. The event's subject is the vacancy; the saga keys on the move. */
export class PostReservationAnswerV1 {
  @IsUUID()
  moveId: string;

  @IsUUID()
  vacancyId: string;
}

/** A post is held for the move: no other move can take it until it is released. */
export class PostReservedV1 extends PostReservationAnswerV1 {
  /** Posts still free after this one, for the hiring manager's view. */
  @IsInt()
  @Min(0)
  postsLeft: number;
}
export const PostReserved = defineEvent(VACANCIES_VACANCY_TOPIC, 'PostReserved', PostReservedV1);

/** No post for the move; the move is refused with this reason. */
export class PostReservationRefusedV1 extends PostReservationAnswerV1 {
  @IsIn(POST_RESERVATION_REFUSAL_REASONS)
  reason: string;
}
export const PostReservationRefused = defineEvent(
  VACANCIES_VACANCY_TOPIC,
  'PostReservationRefused',
  PostReservationRefusedV1,
);

/** The move's post is free again (the move was withdrawn, rejected or cancelled before it started). */
export class PostReleasedV1 extends PostReservationAnswerV1 {}
export const PostReleased = defineEvent(VACANCIES_VACANCY_TOPIC, 'PostReleased', PostReleasedV1);
