import { Grade } from './grade';
import { PersonStatus } from './person-status';

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
  ) {}
}

export type PersonDomainEvent = PersonRegisteredDomainEvent;
