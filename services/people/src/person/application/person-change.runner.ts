import type { Identity, Policy, PersonRecord } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, ConflictError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Person, PersonSnapshot } from '../domain/person.aggregate';
import { PersonRepository } from '../domain/person.repository';
import { TenurePolicy } from '../domain/tenure.rule';
import { PersonEventsPublisher } from './integration-events/person-events.publisher';
import { TenurePolicyProvider } from './tenure/tenure-policy.provider';

export interface PersonChange {
  personId: string;
  /** Absent only for changes no caller makes (a move's outcome, from the moves service's events). */
  identity?: Identity;
  /** The version the client last read; stale = CONFLICT. Absent: the change applies to whatever is current. */
  expectedVersion?: number;
  traceId: string;
  /**
   * The policy applied to the stored record (the resolver's guard screened the caller with the same one), or
   * 'system' for a change that follows from another service's event, which the inbox has already authenticated.
   */
  policy: Policy<PersonRecord> | 'system';
  /** Track codes whose minimum term the change may need besides the person's own (a track being joined). */
  tracks?: readonly string[];
}

/**
 * The shape every change to a stored person takes, in one transaction: load, authorize against the stored record,
 * check the expected version, apply the aggregate's intent-named method, save (refused in SQL if someone else saved
 * first), and write the raised events to the outbox.
 */
@Injectable()
export class PersonChangeRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly people: PersonRepository,
    private readonly events: PersonEventsPublisher,
    private readonly tenure: TenurePolicyProvider,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run(
    change: PersonChange,
    apply: (person: Person, context: { now: Date; policy: TenurePolicy }) => void | Promise<void>,
  ): Promise<PersonSnapshot> {
    return this.transactions.run(async () => {
      const person = await this.people.findById(change.personId);
      if (!person) throw new NotFoundError('Person', change.personId);
      if (change.policy !== 'system') authorize(change.policy, change.identity!, person.snapshot());
      const loadedVersion = person.version;
      if (change.expectedVersion !== undefined && change.expectedVersion !== loadedVersion)
        throw new ConflictError(
          `Person ${person.id} is at version ${loadedVersion}, not ${change.expectedVersion}; reload and retry`,
          'PERSON.VERSION_CONFLICT',
          'expectedVersion',
        );
      const policy = await this.tenure.policyFor([
        person.snapshot().specialistTrackCode,
        ...(change.tracks ?? []),
      ]);
      await apply(person, { now: this.clock.now(), policy });
      await this.people.save(person, loadedVersion);
      await this.events.publish(person.pullEvents(), change.traceId);
      return person.snapshot();
    });
  }
}
