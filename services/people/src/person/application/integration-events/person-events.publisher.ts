import { PersonDomainEvent } from '../../domain/person.domain-events';

/** Port: hands a person's domain events to the outbox, inside the command's unit of work. */
export abstract class PersonEventsPublisher {
  abstract publish(events: PersonDomainEvent[], traceId: string): Promise<void>;
}
