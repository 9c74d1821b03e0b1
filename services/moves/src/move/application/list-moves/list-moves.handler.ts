import { Injectable } from '@nestjs/common';
import { MoveSnapshot } from '../../domain/move.aggregate';
import { approvalScopeFor, readScopeFor } from '../move-scopes';
import { MoveReader } from '../move-view';
import { ListMovesQuery } from './list-moves.query';

/** Moves the caller may read that match the filter, newest start first; and what waits for the caller's approval. */
@Injectable()
export class ListMovesHandler {
  constructor(private readonly reader: MoveReader) {}

  execute({ identity, filter, first, after }: ListMovesQuery): Promise<MoveSnapshot[]> {
    return this.reader.list(filter, readScopeFor(identity), first, after);
  }

  approvalsQueue(query: ListMovesQuery): Promise<MoveSnapshot[]> {
    return this.reader.approvalsQueue(approvalScopeFor(query.identity), query.first);
  }
}
