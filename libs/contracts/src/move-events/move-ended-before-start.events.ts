import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { MOVES_MOVE_TOPIC } from './move-topics';

/** A move stopped before it started: any post reserved for it is released (once, however often this arrives). */
export class MoveStoppedBeforeStartV1 {
  @IsUUID()
  moveId: string;

  @IsUUID()
  personId: string;

  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  /** A short machine-readable reason (e.g. NO_LONGER_NEEDED); free text stays in moves. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  reason?: string;
}

/** The person withdrew. */
export class MoveWithdrawnV1 extends MoveStoppedBeforeStartV1 {}
export const MoveWithdrawn = defineEvent(MOVES_MOVE_TOPIC, 'MoveWithdrawn', MoveWithdrawnV1);

/** The home department declined to release, or the host declined to accept. */
export class MoveRejectedV1 extends MoveStoppedBeforeStartV1 {}
export const MoveRejected = defineEvent(MOVES_MOVE_TOPIC, 'MoveRejected', MoveRejectedV1);

/** Cancelled by a department or planner before the start date. */
export class MoveCancelledV1 extends MoveStoppedBeforeStartV1 {}
export const MoveCancelled = defineEvent(MOVES_MOVE_TOPIC, 'MoveCancelled', MoveCancelledV1);
