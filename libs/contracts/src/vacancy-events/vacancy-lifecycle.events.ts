import { IsDateString, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { VACANCY_STATUSES } from './vacancy-event-values';
import { VacancyRecordV1 } from './vacancy-record.payload';
import { VACANCIES_VACANCY_TOPIC } from './vacancy-topics';

/** The vacancy is open for applications: the full record, so matching and saved-search alerts need nothing else. */
export class VacancyPublishedV1 extends VacancyRecordV1 {}
export const VacancyPublished = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyPublished', VacancyPublishedV1);

/** A published vacancy's details changed: the full record again (consumers replace what they hold). */
export class VacancyChangedV1 extends VacancyRecordV1 {}
export const VacancyChanged = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyChanged', VacancyChangedV1);

/** A status change with nothing else to say: which vacancy, its department, and its status from now on. */
export class VacancyStatusChangedV1 {
  @IsUUID()
  vacancyId: string;

  @IsString()
  @Length(1, 16)
  departmentCode: string;

  @IsIn(VACANCY_STATUSES)
  status: string;

  @IsDateString({ strict: true })
  changedOn: string;
}

/** No more applications: closed by its department or at its closing date. Reservations already made stand. */
export class VacancyClosedV1 extends VacancyStatusChangedV1 {}
export const VacancyClosed = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyClosed', VacancyClosedV1);

/** Every post is filled by a move that started. */
export class VacancyFilledV1 extends VacancyStatusChangedV1 {}
export const VacancyFilled = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyFilled', VacancyFilledV1);

/** Withdrawn by its department; live reservations are released (each with its own PostReleased). */
export class VacancyCancelledV1 extends VacancyStatusChangedV1 {}
export const VacancyCancelled = defineEvent(VACANCIES_VACANCY_TOPIC, 'VacancyCancelled', VacancyCancelledV1);
