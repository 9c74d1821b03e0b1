import { TransactionRunner } from '@civil/platform';
import { ConflictError } from '@civil/platform';
import { KnownDepartments } from '../../department/application/known-departments';
import { VacancyEventsPublisher } from '../application/integration-events/vacancy-events.publisher';
import { VacancyDomainEvent } from '../domain/vacancy.domain-events';
import { Vacancy } from '../domain/vacancy.aggregate';
import { VacancyRepository } from '../domain/vacancy.repository';

/** Test doubles for handler specs: no I/O. */
export class InMemoryVacancyRepository extends VacancyRepository {
  readonly vacancies = new Map<string, Vacancy>();

  async add(vacancy: Vacancy): Promise<void> {
    this.vacancies.set(vacancy.id, Vacancy.restore(vacancy.snapshot()));
  }
  async save(vacancy: Vacancy, loadedVersion: number): Promise<void> {
    if (this.vacancies.get(vacancy.id)?.version !== loadedVersion)
      throw new ConflictError('changed since', 'VACANCY.VERSION_CONFLICT');
    this.vacancies.set(vacancy.id, Vacancy.restore(vacancy.snapshot()));
  }
  async findById(id: string): Promise<Vacancy | null> {
    const stored = this.vacancies.get(id);
    return stored ? Vacancy.restore(stored.snapshot()) : null;
  }
  lockById(id: string): Promise<Vacancy | null> {
    return this.findById(id);
  }
  async findByIds(ids: string[]): Promise<Vacancy[]> {
    return ids.flatMap((id) => this.vacancies.get(id) ?? []);
  }
  async lockOpenClosingBefore(today: string, limit: number): Promise<Vacancy[]> {
    return [...this.vacancies.values()]
      .filter((v) => v.status === 'OPEN' && (v.snapshot().closingDate ?? '9999') < today)
      .slice(0, limit)
      .map((v) => Vacancy.restore(v.snapshot()));
  }
}

export class RecordingPublisher extends VacancyEventsPublisher {
  readonly published: { event: VacancyDomainEvent; traceId: string }[] = [];

  async publish(events: VacancyDomainEvent[], traceId: string): Promise<void> {
    this.published.push(...events.map((event) => ({ event, traceId })));
  }
}

export class ImmediateTransactionRunner extends TransactionRunner {
  runs = 0;
  run<T>(work: () => Promise<T>): Promise<T> {
    this.runs += 1;
    return work();
  }
}

export class FixedDepartments extends KnownDepartments {
  constructor(private readonly codes: string[]) {
    super();
  }
  async has(code: string): Promise<boolean> {
    return this.codes.includes(code);
  }
}

export const fixedClock = (iso = '2026-11-24T10:00:00Z') => ({ now: () => new Date(iso) });
