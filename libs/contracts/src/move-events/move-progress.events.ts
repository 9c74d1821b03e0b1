import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { ALL_MOVE_KINDS } from './move-event-values';
import { MOVES_MOVE_TOPIC } from './move-topics';

/** Which move, whose, and between which organisations: what every move event after agreement carries. */
export class MoveFactsV1 {
  @IsUUID()
  moveId: string;

  @IsUUID()
  personId: string;

  @IsIn(ALL_MOVE_KINDS)
  kind: string;

  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  /** Absent for an outside expert coming in (their home is outside the civil service). */
  @IsOptional()
  @IsString()
  @Length(1, 16)
  homeDepartmentCode?: string;

  /** Absent for a secondment out (the host is outside the civil service). */
  @IsOptional()
  @IsString()
  @Length(1, 16)
  hostDepartmentCode?: string;
}

/** All three parties agreed and the post (if any) is reserved: the move will start on `startsOn`. */
export class MoveAgreedV1 extends MoveFactsV1 {
  @IsString()
  @Length(1, 8)
  grade: string;

  @IsDateString({ strict: true })
  startsOn: string;

  @IsOptional()
  @IsDateString({ strict: true })
  endsOn?: string;
}
export const MoveAgreed = defineEvent(MOVES_MOVE_TOPIC, 'MoveAgreed', MoveAgreedV1);

/** A temporary move ended on its end date: the person is back in their home department. */
export class MoveEndedV1 extends MoveFactsV1 {
  @IsDateString({ strict: true })
  endedOn: string;
}
export const MoveEnded = defineEvent(MOVES_MOVE_TOPIC, 'MoveEnded', MoveEndedV1);

/** A temporary move now ends later (a new agreement). */
export class MoveExtendedV1 extends MoveFactsV1 {
  @IsDateString({ strict: true })
  endsOn: string;
}
export const MoveExtended = defineEvent(MOVES_MOVE_TOPIC, 'MoveExtended', MoveExtendedV1);

/** A loan converted into a permanent transfer: the host department is the person's department from `on`. */
export class MoveMadePermanentV1 extends MoveFactsV1 {
  @IsDateString({ strict: true })
  on: string;
}
export const MoveMadePermanent = defineEvent(MOVES_MOVE_TOPIC, 'MoveMadePermanent', MoveMadePermanentV1);

/** The vacancies service had no post for the move (or the vacancy closed to moves): the move will not happen. */
export class MoveRefusedV1 extends MoveFactsV1 {
  @IsString()
  @Length(1, 64)
  reason: string;
}
export const MoveRefused = defineEvent(MOVES_MOVE_TOPIC, 'MoveRefused', MoveRefusedV1);
