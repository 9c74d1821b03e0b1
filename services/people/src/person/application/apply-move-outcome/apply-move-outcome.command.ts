import { MoveOutcome } from '../../domain/person.aggregate';

/**
 * What a move did to a person: the seam for the moves service's events (MoveStarted, TemporaryMoveEnded), which do
 * not exist yet. When they do, the people inbox maps each to this command; nothing else changes.
 */
export class ApplyMoveOutcomeCommand {
  constructor(
    readonly personId: string,
    readonly outcome: MoveOutcome,
    readonly traceId: string,
  ) {}
}
