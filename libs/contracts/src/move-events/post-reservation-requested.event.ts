import { IsUUID } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { MOVES_MOVE_TOPIC } from './move-topics';

/**
 * The person, home and host have all agreed a move into a vacancy: the saga asks vacancies for one of its posts.
 * Vacancies answers with PostReserved or PostReservationRefused, keyed by the move id, however often this arrives.
 */
export class PostReservationRequestedV1 {
  @IsUUID()
  moveId: string;

  @IsUUID()
  vacancyId: string;

  @IsUUID()
  personId: string;
}

export const PostReservationRequested = defineEvent(
  MOVES_MOVE_TOPIC,
  'PostReservationRequested',
  PostReservationRequestedV1,
);
