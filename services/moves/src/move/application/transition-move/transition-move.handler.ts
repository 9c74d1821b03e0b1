import { Injectable } from '@nestjs/common';
import { MoveSnapshot } from '../../domain/move.aggregate';
import { MoveChangeRunner } from '../move-change.runner';
import { MOVE_TRANSITIONS } from './move-transitions';
import { TransitionMoveCommand } from './transition-move.command';

/** A caller's transition on a move: authorized against the stored move, applied, saved, recorded, published. */
@Injectable()
export class TransitionMoveHandler {
  constructor(private readonly changes: MoveChangeRunner) {}

  execute(command: TransitionMoveCommand): Promise<MoveSnapshot> {
    const transition = MOVE_TRANSITIONS[command.transition];
    return this.changes.run(
      {
        moveId: command.moveId,
        traceId: command.traceId,
        expectedVersion: command.expectedVersion,
        authority: {
          policy: transition.policy,
          identity: command.identity,
          side: 'side' in transition ? transition.side : undefined,
        },
      },
      (move, { now, actor }) => transition.apply(move, command.input, now, actor),
    );
  }
}
