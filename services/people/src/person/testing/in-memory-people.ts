import { TransactionRunner } from '@civil/platform';
import { PersonDomainEvent } from '../domain/person-registered.domain-event';
import { Person } from '../domain/person.aggregate';
import { PersonRepository } from '../domain/person.repository';
import { PersonEventsPublisher } from '../application/integration-events/person-events.publisher';

/** Test doubles for handler specs: no I/O, and rollback is modelled so atomicity can be asserted. */
export class InMemoryPersonRepository extends PersonRepository {
  readonly people = new Map<string, Person>();

  async add(person: Person): Promise<void> {
    this.people.set(person.id, Person.restore(person.snapshot()));
  }
  async findById(id: string): Promise<Person | null> {
    return this.people.get(id) ?? null;
  }
  async findByIds(ids: string[]): Promise<Person[]> {
    return ids.flatMap((id) => this.people.get(id) ?? []);
  }
  async findTaken(staffNumber: string, workEmail: string) {
    const all = [...this.people.values()].map((person) => person.snapshot());
    return {
      staffNumber: all.some((p) => p.staffNumber === staffNumber),
      workEmail: all.some((p) => p.workEmail === workEmail),
    };
  }
}

export class RecordingPublisher extends PersonEventsPublisher {
  readonly published: { event: PersonDomainEvent; traceId: string }[] = [];

  async publish(events: PersonDomainEvent[], traceId: string): Promise<void> {
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
