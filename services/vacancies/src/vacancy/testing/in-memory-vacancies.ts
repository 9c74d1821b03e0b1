import { TransactionRunner } from '@civil/platform';
import { VacancyEventsPublisher } from '../application/integration-events/vacancy-events.publisher';
import { VacancyDomainEvent } from '../domain/vacancy-created.domain-event';
import { Vacancy } from '../domain/vacancy.aggregate';
import { VacancyRepository } from '../domain/vacancy.repository';

/** Test doubles for handler specs: no I/O. */
export class InMemoryVacancyRepository extends VacancyRepository {
  readonly vacancies = new Map<string, Vacancy>();

  async add(vacancy: Vacancy): Promise<void> {
    this.vacancies.set(vacancy.id, Vacancy.restore(vacancy.snapshot()));
  }
  async findById(id: string): Promise<Vacancy | null> {
    return this.vacancies.get(id) ?? null;
  }
  async findByIds(ids: string[]): Promise<Vacancy[]> {
    return ids.flatMap((id) => this.vacancies.get(id) ?? []);
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

export const fixedClock = (iso = '2026-11-24T10:00:00Z') => ({ now: () => new Date(iso) });
