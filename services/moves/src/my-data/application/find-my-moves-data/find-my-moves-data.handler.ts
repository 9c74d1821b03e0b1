import { READ_MY_DATA } from '@civil/auth';
import { authorize } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { MovesData } from '../moves-data';
import { MovesDataReader } from '../moves-data.reader';
import { FindMyMovesDataQuery } from './find-my-moves-data.query';

/** Moves' part of the right of access: what its read models hold about the caller. */
@Injectable()
export class FindMyMovesDataHandler {
  constructor(private readonly moves: MovesDataReader) {}

  async execute({ personId, identity }: FindMyMovesDataQuery): Promise<MovesData> {
    // Only the person themself, whatever their roles: checked before anything is read.
    authorize(READ_MY_DATA, identity, { personId });
    return this.moves.heldAbout(personId);
  }
}
