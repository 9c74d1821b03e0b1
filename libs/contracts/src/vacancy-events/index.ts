export * from './vacancy-topics';
export * from './vacancy-event-values';
export * from './vacancy-record.payload';
export * from './vacancy-lifecycle.events';
export * from './post-reservation.events';
export * from './establishment-changed.event';
export * from './vacancy-alert-raised.event';

import { EstablishmentChanged } from './establishment-changed.event';
import { PostReleased, PostReservationRefused, PostReserved } from './post-reservation.events';
import { VacancyAlertRaised } from './vacancy-alert-raised.event';
import {
  VacancyCancelled,
  VacancyChanged,
  VacancyClosed,
  VacancyFilled,
  VacancyPublished,
} from './vacancy-lifecycle.events';

export const VACANCY_EVENTS = [
  VacancyPublished,
  VacancyChanged,
  VacancyClosed,
  VacancyFilled,
  VacancyCancelled,
  PostReserved,
  PostReservationRefused,
  PostReleased,
  EstablishmentChanged,
  VacancyAlertRaised,
];
