import { MoveOutcome } from '../../domain/person.aggregate';
import { MoveStep } from './move-step.ledger';

/** What a step of a move (one moves event, mapped by the people inbox) did to a person. */
export class ApplyMoveOutcomeCommand {
  constructor(
    readonly personId: string,
    readonly step: MoveStep,
    readonly outcome: MoveOutcome,
    readonly traceId: string,
  ) {}
}
