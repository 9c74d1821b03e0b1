import { IsUUID } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { VACANCIES_ALERT_TOPIC } from './vacancy-topics';

/**
 * A newly published vacancy matches someone's saved search. Ids only: the notification sender looks up how to reach
 * the person and what to say, so no contact details travel on the stream.
 */
export class VacancyAlertRaisedV1 {
  @IsUUID()
  alertId: string;

  @IsUUID()
  personId: string;

  @IsUUID()
  savedSearchId: string;

  @IsUUID()
  vacancyId: string;
}

export const VacancyAlertRaised = defineEvent(
  VACANCIES_ALERT_TOPIC,
  'VacancyAlertRaised',
  VacancyAlertRaisedV1,
);
