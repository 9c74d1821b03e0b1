import { EventDefinition, VacancyCreated, VacancyCreatedV1 } from '@civil/contracts';
import { VacancyDomainEvent } from '../../domain/vacancy-created.domain-event';

export interface OutgoingIntegrationEvent<T = object> {
  definition: EventDefinition<T>;
  subject: string;
  aggregateVersion: number;
  data: T;
}

/** Flat, versioned and free of free text: title and description stay in vacancies. */
export function toIntegrationEvent(event: VacancyDomainEvent): OutgoingIntegrationEvent<VacancyCreatedV1> {
  return {
    definition: VacancyCreated,
    subject: event.vacancyId,
    aggregateVersion: event.version,
    data: {
      vacancyId: event.vacancyId,
      departmentCode: event.departmentCode,
      grade: event.grade,
      profession: event.profession,
      posts: event.posts,
      ftePerPost: event.ftePerPost,
      status: event.status,
    },
  };
}
