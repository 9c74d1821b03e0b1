import type { Identity, Policy, VacancyAccess } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, ConflictError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Vacancy, VacancySnapshot } from '../domain/vacancy.aggregate';
import { VacancyRepository } from '../domain/vacancy.repository';
import { VacancyEventsPublisher } from './integration-events/vacancy-events.publisher';

export interface VacancyChange {
  vacancyId: string;
  identity: Identity;
  /** The policy applied to the stored vacancy (the resolver's guard screened the caller with the same one). */
  policy: Policy<VacancyAccess>;
  /** The version the client last read; stale = CONFLICT, never a silent overwrite. Absent: whatever is current. */
  expectedVersion?: number;
  traceId: string;
}

/**
 * Every change to a stored vacancy, in one transaction: load it under its row lock (the lock post reservations take
 * too), authorize against the stored record, check the expected version, apply the aggregate's intent-named method,
 * save, and write the raised events to the outbox.
 */
@Injectable()
export class VacancyChangeRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly events: VacancyEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run(
    change: VacancyChange,
    apply: (vacancy: Vacancy, now: Date) => void | Promise<void>,
  ): Promise<VacancySnapshot> {
    return this.transactions.run(async () => {
      const vacancy = await this.vacancies.lockById(change.vacancyId);
      if (!vacancy) throw new NotFoundError('Vacancy', change.vacancyId);
      authorize(change.policy, change.identity, vacancy.snapshot());
      const loadedVersion = vacancy.version;
      if (change.expectedVersion !== undefined && change.expectedVersion !== loadedVersion)
        throw new ConflictError(
          `Vacancy ${vacancy.id} is at version ${loadedVersion}, not ${change.expectedVersion}; reload and retry`,
          'VACANCY.VERSION_CONFLICT',
          'expectedVersion',
        );
      await apply(vacancy, this.clock.now());
      await this.vacancies.save(vacancy, loadedVersion);
      await this.events.publish(vacancy.pullEvents(), change.traceId);
      return vacancy.snapshot();
    });
  }
}
