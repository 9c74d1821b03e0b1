import type { Identity } from '@civil/auth';
import { MoveCursor, MoveListFilter } from '../move-view';

export class ListMovesQuery {
  constructor(
    readonly identity: Identity,
    readonly filter: MoveListFilter,
    readonly first: number,
    readonly after?: MoveCursor,
  ) {}
}
