import { READ_MOVE } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MoveSnapshot } from '../../domain/move.aggregate';
import { MoveRepository } from '../../domain/move.repository';
import { partiesOf } from '../move-change.runner';
import { GetMoveQuery } from './get-move.query';

/** One move, if the caller may read it (the person, either department's people who act on it, planners). */
@Injectable()
export class GetMoveHandler {
  constructor(private readonly moves: MoveRepository) {}

  async execute({ moveId, identity }: GetMoveQuery): Promise<MoveSnapshot> {
    const move = await this.moves.findById(moveId);
    if (!move) throw new NotFoundError('Move', moveId);
    authorize(READ_MOVE, identity, partiesOf(move.snapshot()));
    return move.snapshot();
  }
}
