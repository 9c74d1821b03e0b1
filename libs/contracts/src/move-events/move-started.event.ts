import { IsDateString, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { ALL_MOVE_KINDS } from './move-event-values';
import { MOVES_MOVE_TOPIC } from './move-topics';

/**
 * The person has moved (on its start date): people changes their department, grade, status and date in post;
 * vacancies counts the reserved post as filled.
 */
export class MoveStartedV1 {
  @IsUUID()
  moveId: string;

  @IsUUID()
  personId: string;

  @IsIn(ALL_MOVE_KINDS)
  kind: string;

  /** The vacancy whose post the move fills; absent for a move into a department without one. */
  @IsOptional()
  @IsUUID()
  vacancyId?: string;

  /** Absent for an outside expert coming in (SECONDMENT_IN). */
  @IsOptional()
  @IsString()
  @Length(1, 16)
  homeDepartmentCode?: string;

  /** Absent for a secondment out (the host is outside the civil service). */
  @IsOptional()
  @IsString()
  @Length(1, 16)
  hostDepartmentCode?: string;

  /** The person's grade from the start (one up for a promotion). */
  @IsString()
  @Length(1, 8)
  grade: string;

  @IsDateString({ strict: true })
  startedOn: string;

  /** For a temporary move: when the person returns home. */
  @IsOptional()
  @IsDateString({ strict: true })
  endsOn?: string;
}

export const MoveStarted = defineEvent(MOVES_MOVE_TOPIC, 'MoveStarted', MoveStartedV1);
