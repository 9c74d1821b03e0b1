import { Grade } from './grade';
import { VacancyStatus } from './vacancy-status';

/** Raised when a vacancy is drafted. Stays inside vacancies; the outbox gets a flat integration event. */
export class VacancyCreatedDomainEvent {
  readonly type = 'VacancyCreated';

  constructor(
    readonly vacancyId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly departmentCode: string,
    readonly grade: Grade,
    readonly profession: string,
    readonly posts: number,
    readonly ftePerPost: number,
    readonly status: VacancyStatus,
  ) {}
}

export type VacancyDomainEvent = VacancyCreatedDomainEvent;
