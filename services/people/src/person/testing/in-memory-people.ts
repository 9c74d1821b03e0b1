import { ConflictError, TransactionRunner } from '@civil/platform';
import { PersonDomainEvent } from '../domain/person.domain-events';
import { Person } from '../domain/person.aggregate';
import { PersonRepository } from '../domain/person.repository';
import { PersonEventsPublisher } from '../application/integration-events/person-events.publisher';

/** Test doubles for handler specs: no I/O, and rollback is modelled so atomicity can be asserted. */
export class InMemoryPersonRepository extends PersonRepository {
  readonly people = new Map<string, Person>();

  async add(person: Person): Promise<void> {
    this.people.set(person.id, Person.restore(person.snapshot()));
  }
  async save(person: Person, loadedVersion: number): Promise<void> {
    if (this.people.get(person.id)?.version !== loadedVersion)
      throw new ConflictError('stale', 'PERSON.VERSION_CONFLICT', 'expectedVersion');
    this.people.set(person.id, Person.restore(person.snapshot()));
  }
  async findById(id: string): Promise<Person | null> {
    const person = this.people.get(id);
    return person ? Person.restore(person.snapshot()) : null;
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

/** One registered DWP person and a change runner over in-memory doubles, for the change handlers' specs. */
export async function changeKit() {
  const { PersonChangeRunner } = await import('../application/person-change.runner');
  const { InMemoryReferenceData, tenurePolicyProvider } = await import('./in-memory-reference-data');
  const people = new InMemoryPersonRepository();
  const publisher = new RecordingPublisher();
  const transactions = new ImmediateTransactionRunner();
  const catalog = new InMemoryReferenceData();
  const clock = fixedClock();
  const runner = new PersonChangeRunner(
    transactions,
    people,
    publisher,
    tenurePolicyProvider(catalog),
    clock,
  );
  const person = Person.register(
    '0190f6a2-1111-7000-8000-0000000000d1',
    {
      staffNumber: 'DWP0001',
      givenName: 'Katherine',
      familyName: 'Johnson',
      workEmail: 'katherine.johnson@dwp.gov.uk',
      departmentCode: 'DWP',
      grade: 'G7',
      profession: 'Digital, Data and Technology',
      fte: 1,
      startedInPostOn: '2025-01-31',
    },
    clock.now(),
  );
  person.pullEvents();
  await people.add(person);
  return { people, publisher, transactions, catalog, clock, runner, personId: person.id };
}
