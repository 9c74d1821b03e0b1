import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { CLOCK, ConflictError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Person, PersonSnapshot } from '../../domain/person.aggregate';
import { PersonRepository } from '../../domain/person.repository';
import { ReferenceDataCatalog } from '../../../reference-data/application/reference-data.catalog';
import { PersonEventsPublisher } from '../integration-events/person-events.publisher';
import { checkReferences } from '../reference-checks';
import { TenurePolicyProvider } from '../tenure/tenure-policy.provider';
import { RegisterPersonCommand } from './register-person.command';

@Injectable()
export class RegisterPersonHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly people: PersonRepository,
    private readonly events: PersonEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: ReferenceDataCatalog,
    private readonly tenure: TenurePolicyProvider,
  ) {}

  /** The person and their PersonRegistered outbox row commit together, or neither does. */
  async execute(command: RegisterPersonCommand): Promise<PersonSnapshot> {
    await checkReferences(this.catalog, command.person);
    const policy = await this.tenure.policyFor([]);
    return this.transactions.run(async () => {
      const now = this.clock.now();
      const person = Person.register(uuidv7(now.getTime()), command.person, now, policy);
      const { staffNumber, workEmail } = person.snapshot();
      // Checked first for a clear message; the unique constraints still decide when two registrations race.
      const taken = await this.people.findTaken(staffNumber, workEmail);
      if (taken.staffNumber)
        throw new ConflictError(
          `Staff number ${staffNumber} is already registered`,
          'PERSON.STAFF_NUMBER_TAKEN',
          'staffNumber',
        );
      if (taken.workEmail)
        throw new ConflictError(
          'That work email is already registered',
          'PERSON.WORK_EMAIL_TAKEN',
          'workEmail',
        );
      await this.people.add(person);
      await this.events.publish(person.pullEvents(), command.traceId);
      return person.snapshot();
    });
  }
}
