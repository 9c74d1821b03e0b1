import { AuditedMutation } from '@civil/platform';
import { MoveModel } from './move.model';

/**
 * Every change to a move: what the caller sent (dates, reasons: a tenure hold's release keeps its written reason here,
 * as DOMAIN.md asks) and where the move stands after it. The subject is the person who moves.
 */
export const AuditMoveChange = () =>
  AuditedMutation<MoveModel, Record<string, unknown>>({
    recordType: 'Move',
    recordId: (move) => move.id,
    subjectPersonId: (move) => move.personId,
    changes: (args, move) => ({
      before: null,
      after: { ...args, status: move.status, startsOn: move.startsOn, version: move.version },
    }),
  });
