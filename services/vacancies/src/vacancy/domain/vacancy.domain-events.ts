import type { VacancySnapshot } from './vacancy.aggregate';
import { VacancyStatus } from './vacancy-status';

/** The vacancy opened for applications: carries the whole record, as matching and alerts need it. */
export class VacancyPublishedDomainEvent {
  readonly type = 'VacancyPublished';
  constructor(
    readonly vacancyId: string,
    readonly occurredAt: Date,
    readonly vacancy: VacancySnapshot,
  ) {}
}

/** An open vacancy's details changed: the whole record again. */
export class VacancyChangedDomainEvent {
  readonly type = 'VacancyChanged';
  constructor(
    readonly vacancyId: string,
    readonly occurredAt: Date,
    readonly vacancy: VacancySnapshot,
  ) {}
}

/** A status change with nothing else to say (closed, filled, cancelled). */
export class VacancyStatusChangedDomainEvent {
  constructor(
    readonly type: 'VacancyClosed' | 'VacancyFilled' | 'VacancyCancelled',
    readonly vacancyId: string,
    readonly occurredAt: Date,
    readonly departmentCode: string,
    readonly status: VacancyStatus,
  ) {}
}

export type VacancyDomainEvent =
  VacancyPublishedDomainEvent | VacancyChangedDomainEvent | VacancyStatusChangedDomainEvent;
