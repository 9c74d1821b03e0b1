import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { PersonRepository } from '../../domain/person.repository';
import { PersonChangeRunner } from '../person-change.runner';
import { ApplyMoveOutcomeCommand } from './apply-move-outcome.command';
import { MoveStepLedger } from './move-step.ledger';

/**
 * What became of a move outcome. Only APPLIED changed the record (and published PersonDetailsChanged); the others
 * are answers, not errors: a moves event about someone people does not hold, or whose record is closed, must be
 * acknowledged, or it would be retried and dead-lettered for nothing.
 */
export type MoveOutcomeResult =
  'APPLIED' | 'UNCHANGED' | 'ALREADY_APPLIED' | 'UNKNOWN_PERSON' | 'PERSON_LEFT';

/** Runs inside the inbox's transaction (the runners join it): the change, the step and the inbox row commit together. */
@Injectable()
export class ApplyMoveOutcomeHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly people: PersonRepository,
    private readonly ledger: MoveStepLedger,
    private readonly changes: PersonChangeRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ApplyMoveOutcomeCommand): Promise<MoveOutcomeResult> {
    return this.transactions.run(async () => {
      const person = await this.people.findById(command.personId);
      if (!person) return 'UNKNOWN_PERSON';
      if (person.snapshot().status === 'LEFT') return 'PERSON_LEFT';
      const first = await this.ledger.recordFirst(
        command.personId,
        command.outcome.moveId,
        command.step,
        this.clock.now(),
      );
      if (!first) return 'ALREADY_APPLIED';
      let changed = false;
      await this.changes.run(
        { personId: command.personId, traceId: command.traceId, policy: 'system' },
        (subject, { now, policy }) => {
          changed = subject.applyMoveOutcome(command.outcome, now, policy);
        },
      );
      return changed ? 'APPLIED' : 'UNCHANGED';
    });
  }
}
