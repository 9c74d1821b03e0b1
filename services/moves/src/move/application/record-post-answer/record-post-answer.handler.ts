import { Injectable } from '@nestjs/common';
import { MoveChangeRunner } from '../move-change.runner';
import { RecordPostAnswerCommand } from './record-post-answer.command';

/**
 * The saga's second half: the post is reserved (the move is agreed and scheduled) or refused (the move is REFUSED
 * with the reason). A repeated or late answer changes nothing: the aggregate acts only while it awaits the post. A
 * post released unasked (its vacancy cancelled) stops a move that has not started.
 */
@Injectable()
export class RecordPostAnswerHandler {
  constructor(private readonly changes: MoveChangeRunner) {}

  async execute({ moveId, answer, traceId }: RecordPostAnswerCommand): Promise<void> {
    // An answer about a move this service never made (another environment sharing the topic) is not ours to retry.
    await this.changes.run({ moveId, traceId, authority: 'system', skipUnknown: true }, (move, { now }) =>
      'released' in answer
        ? move.postReleased(now)
        : answer.reserved
          ? move.postReserved(now)
          : move.postRefused(answer.reason, now),
    );
  }
}
