import { MoveEndedV1, MoveMadePermanentV1, MoveStartedV1 } from '@civil/contracts';
import { MoveOutcome } from '../person/domain/person.aggregate';

/**
 * What each moves event means for the person's record (DOMAIN.md: the department is the substantive one; people
 * away on loan or secondment still count to it). `ignored`: nothing for people, and why.
 */
export type MappedMoveOutcome = { outcome: MoveOutcome } | { ignored: string };

export function outcomeOfMoveStarted(data: MoveStartedV1): MappedMoveOutcome {
  const { moveId, kind, grade, startedOn: on } = data;
  switch (kind) {
    case 'LEVEL_TRANSFER':
    case 'PROMOTION':
      // Tenure restarts in the new post: the host department and the move's grade are the person's from the start.
      if (!data.hostDepartmentCode) return { ignored: 'a permanent move without a host department' };
      return { outcome: { kind: 'TRANSFERRED', moveId, departmentCode: data.hostDepartmentCode, grade, on } };
    case 'LOAN':
      return { outcome: { kind: 'WENT_AWAY', moveId, status: 'ON_LOAN', on } };
    case 'SECONDMENT_OUT':
      return { outcome: { kind: 'WENT_AWAY', moveId, status: 'ON_SECONDMENT', on } };
    case 'SHORT_ASSIGNMENT':
      return { ignored: 'a short assignment leaves the person in post' };
    default:
      // SECONDMENT_IN: outside experts are registered by HR as INWARD_SECONDEE, not by a move.
      return { ignored: `a ${kind} move changes no person record` };
  }
}

export function outcomeOfMoveEnded(data: MoveEndedV1): MappedMoveOutcome {
  if (data.kind !== 'LOAN' && data.kind !== 'SECONDMENT_OUT')
    return { ignored: `the end of a ${data.kind} move changes no person record` };
  return { outcome: { kind: 'CAME_HOME', moveId: data.moveId, on: data.endedOn } };
}

export function outcomeOfMoveMadePermanent(data: MoveMadePermanentV1): MappedMoveOutcome {
  // A secondment out made permanent has no host department here: the person leaves, which HR records.
  if (!data.hostDepartmentCode) return { ignored: 'made permanent outside the civil service' };
  return {
    outcome: {
      kind: 'TRANSFERRED',
      moveId: data.moveId,
      departmentCode: data.hostDepartmentCode,
      on: data.on,
    },
  };
}
