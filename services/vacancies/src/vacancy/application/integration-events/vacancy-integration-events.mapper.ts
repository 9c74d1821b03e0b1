import {
  EventDefinition,
  VacancyCancelled,
  VacancyChanged,
  VacancyClosed,
  VacancyFilled,
  VacancyPublished,
  VacancyRecordV1,
  VacancyStatusChangedV1,
} from '@civil/contracts';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyDomainEvent } from '../../domain/vacancy.domain-events';

export interface OutgoingIntegrationEvent<T = object> {
  definition: EventDefinition<T>;
  subject: string;
  data: T;
}

/** The record matching, capacity and moves need: everything but the description and the loan's written case. */
export function toVacancyRecord(v: VacancySnapshot): VacancyRecordV1 {
  return {
    vacancyId: v.id,
    departmentCode: v.departmentCode,
    title: v.title,
    grade: v.grade,
    profession: v.profession,
    ...(v.specialism !== null && { specialism: v.specialism }),
    moveKinds: [...v.moveKinds],
    posts: v.posts,
    ftePerPost: v.ftePerPost,
    locations: [...v.locations],
    remotePossible: v.remotePossible,
    requiredSkills: v.requiredSkills.map((skill) => ({ ...skill })),
    behaviours: [...v.behaviours],
    ...(v.clearanceRequired !== null && { clearanceRequired: v.clearanceRequired }),
    // Published and changed vacancies are open, and an open vacancy always has a closing date.
    closingDate: v.closingDate!,
    ...(v.durationMonths !== null && { durationMonths: v.durationMonths }),
    ...(v.hoursPerWeek !== null && { hoursPerWeek: v.hoursPerWeek }),
    visibility: v.visibility,
    status: v.status,
  };
}

const STATUS_EVENTS = {
  VacancyClosed,
  VacancyFilled,
  VacancyCancelled,
} as const;

/**
 * Flat, past-tense, primitives only. The version is not the aggregate's: the publisher stamps each event with the
 * vacancy's next event version, shared with the reservation answers published about the same vacancy.
 */
export function toIntegrationEvent(event: VacancyDomainEvent): OutgoingIntegrationEvent {
  switch (event.type) {
    case 'VacancyPublished':
      return { definition: VacancyPublished, subject: event.vacancyId, data: toVacancyRecord(event.vacancy) };
    case 'VacancyChanged':
      return { definition: VacancyChanged, subject: event.vacancyId, data: toVacancyRecord(event.vacancy) };
    default: {
      const data: VacancyStatusChangedV1 = {
        vacancyId: event.vacancyId,
        departmentCode: event.departmentCode,
        status: event.status,
        changedOn: event.occurredAt.toISOString().slice(0, 10),
      };
      return {
        definition: STATUS_EVENTS[event.type] as EventDefinition<object>,
        subject: event.vacancyId,
        data,
      };
    }
  }
}
