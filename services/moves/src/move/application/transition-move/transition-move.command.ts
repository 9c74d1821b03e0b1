import type { Identity } from '@civil/auth';
import { MoveTransitionName, TransitionInput } from './move-transitions';

export class TransitionMoveCommand {
  constructor(
    readonly transition: MoveTransitionName,
    readonly moveId: string,
    readonly identity: Identity,
    readonly traceId: string,
    readonly input: TransitionInput = {},
    readonly expectedVersion?: number,
  ) {}
}
