import { VacancyDomainEvent } from '../../domain/vacancy.domain-events';

/** Port: hands a vacancy's domain events to the outbox, inside the command's unit of work. */
export abstract class VacancyEventsPublisher {
  abstract publish(events: VacancyDomainEvent[], traceId: string): Promise<void>;
}
