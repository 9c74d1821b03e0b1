import { IsDateString, IsOptional, IsString, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { MOVES_MOVE_TOPIC } from './move-topics';
import { MoveFactsV1 } from './move-progress.events';

/**
 * The person has moved (on its start date): people changes their department, grade, status and date in post;
 * vacancies counts the reserved post as filled.
 */
export class MoveStartedV1 extends MoveFactsV1 {
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
