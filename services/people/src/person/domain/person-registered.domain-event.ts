import { EmploymentType } from './employment';
import { Grade } from './grade';
import { PersonStatus } from './person-status';
import { TenureDates } from './tenure.rule';

export type { PersonDomainEvent } from './person.domain-events';

/** Raised once, when a person is registered. Stays inside people; the outbox gets a flat integration event. */
export class PersonRegisteredDomainEvent {
  readonly type = 'PersonRegistered';

  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly departmentCode: string,
    readonly grade: Grade,
    readonly profession: string,
    readonly location: string | undefined,
    readonly fte: number,
    readonly startedInPostOn: string,
    readonly status: PersonStatus,
    readonly employmentType: EmploymentType = 'PERMANENT',
    readonly securityClearance?: string,
    /** Absent when the registration was made without the tenure policy at hand (older callers). */
    readonly tenure?: TenureDates,
  ) {}
}
