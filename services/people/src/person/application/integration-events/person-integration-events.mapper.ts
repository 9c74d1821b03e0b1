import { EventDefinition, PersonRegistered, PersonRegisteredV1 } from '@civil/contracts';
import { PersonDomainEvent } from '../../domain/person-registered.domain-event';

export interface OutgoingIntegrationEvent<T = object> {
  definition: EventDefinition<T>;
  subject: string;
  aggregateVersion: number;
  data: T;
}

/**
 * Domain events stay inside people; other services get flat, versioned integration events made of primitives.
 * Names and email never leave: consumers match and count people by department, grade and profession.
 */
export function toIntegrationEvent(event: PersonDomainEvent): OutgoingIntegrationEvent<PersonRegisteredV1> {
  const data: PersonRegisteredV1 = {
    personId: event.personId,
    departmentCode: event.departmentCode,
    grade: event.grade,
    profession: event.profession,
    fte: event.fte,
    startedInPostOn: event.startedInPostOn,
    status: event.status,
  };
  if (event.location !== undefined) data.location = event.location;
  return { definition: PersonRegistered, subject: event.personId, aggregateVersion: event.version, data };
}
