import { Injectable } from '@nestjs/common';
import { MoveRepository } from '../../domain/move.repository';
import { MoveChangeRunner } from '../move-change.runner';
import { RecordPostAnswerCommand } from './record-post-answer.command';

/**
 * The saga's second half: the post is reserved (the move is agreed and scheduled) or refused (the move is REFUSED
 * with the reason). A repeated or late answer changes nothing: the aggregate acts only while it awaits the post. A
 * post released unasked (its vacancy cancelled) stops a move that has not started.
 */
@Injectable()
export class RecordPostAnswerHandler {
  constructor(
    private readonly changes: MoveChangeRunner,
    private readonly moves: MoveRepository,
  ) {}

  async execute({ moveId, answer, traceId }: RecordPostAnswerCommand): Promise<void> {
    // An answer about a move this service never made (another environment sharing the topic) is not ours to retry.
    if (!(await this.moves.findById(moveId))) return;
    await this.changes.run({ moveId, traceId, authority: 'system' }, (move, { now }) =>
      'released' in answer
        ? move.postReleased(now)
        : answer.reserved
          ? move.postReserved(now)
          : move.postRefused(answer.reason, now),
    );
  }
}
