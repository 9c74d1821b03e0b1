import { READ_MOVE } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { partiesOf } from '../../../move/application/move-change.runner';
import { MoveSnapshot } from '../../../move/domain/move.aggregate';
import { CapacityBehindEntry, CapacityBehindReader } from '../capacity-behind.reader';
import { CapacityBehindQuery } from './capacity-behind.query';

export interface CapacityBehindItem extends CapacityBehindEntry {
  move?: MoveSnapshot;
}

/**
 * A page of what a figure counts, with each entry's move. A move the caller may not read (READ_MOVE) is left off its
 * entry, not the entry itself: the figure must still add up, and the caller may read the line.
 */
@Injectable()
export class CapacityBehindHandler {
  constructor(private readonly reader: CapacityBehindReader) {}

  async execute({ identity, behind }: CapacityBehindQuery): Promise<CapacityBehindItem[]> {
    const entries = await this.reader.behind(behind);
    const ids = [...new Set(entries.flatMap((entry) => (entry.moveId ? [entry.moveId] : [])))];
    const moves = new Map(
      (ids.length > 0 ? await this.reader.moves(ids) : [])
        .filter((move) => READ_MOVE.allows(identity, partiesOf(move)))
        .map((move) => [move.id, move]),
    );
    return entries.map((entry) => ({ ...entry, move: entry.moveId ? moves.get(entry.moveId) : undefined }));
  }
}
