import { Injectable } from '@nestjs/common';
import { PersonSnapshot } from '../../domain/person.aggregate';
import { PersonChangeRunner } from '../person-change.runner';
import { ApplyMoveOutcomeCommand } from './apply-move-outcome.command';

/** Runs inside the inbox's transaction when wired (the runner joins it), so the change and the inbox row commit together. */
@Injectable()
export class ApplyMoveOutcomeHandler {
  constructor(private readonly changes: PersonChangeRunner) {}

  execute(command: ApplyMoveOutcomeCommand): Promise<PersonSnapshot> {
    return this.changes.run(
      { personId: command.personId, traceId: command.traceId, policy: 'system' },
      (person, { now, policy }) => person.applyMoveOutcome(command.outcome, now, policy),
    );
  }
}
