import { EmploymentType, MoveKind } from './employment';
import { Grade } from './grade';
import { PersonRegisteredDomainEvent } from './person-registered.domain-event';
import { PersonStatus } from './person-status';
import { SkillLevel } from './skill';
import { TenureDates } from './tenure.rule';

/** What every person event after registration carries: the shared version sequence and the tenure dates. */
interface PersonEventBase {
  readonly personId: string;
  readonly version: number;
  readonly occurredAt: Date;
  readonly tenure: TenureDates;
}

/** The record's non-personal facts after an HR change or a move outcome. Names and email stay out. */
export class PersonDetailsChangedDomainEvent implements PersonEventBase {
  readonly type = 'PersonDetailsChanged';
  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly tenure: TenureDates,
    readonly details: {
      departmentCode: string;
      grade: Grade;
      profession: string;
      location?: string;
      fte: number;
      startedInPostOn: string;
      status: PersonStatus;
      employmentType: EmploymentType;
      employmentEndsOn?: string;
      securityClearance?: string;
    },
  ) {}
}

/** Codes and levels only: evidence is free text and never leaves people. */
export class PersonSkillsChangedDomainEvent implements PersonEventBase {
  readonly type = 'PersonSkillsChanged';
  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly tenure: TenureDates,
    readonly skills: readonly { skillCode: string; level: SkillLevel }[],
    readonly skillsToDevelop: readonly string[],
  ) {}
}

export class PersonPreferencesChangedDomainEvent implements PersonEventBase {
  readonly type = 'PersonPreferencesChanged';
  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly tenure: TenureDates,
    readonly preferences: {
      openToMove: boolean;
      moveKindsWanted: readonly MoveKind[];
      departmentsWanted: readonly string[];
      locationsWanted: readonly string[];
      earliestMoveOn?: string;
      shareProfileAcrossDepartments: boolean;
    },
  ) {}
}

export class PersonTrackChangedDomainEvent implements PersonEventBase {
  readonly type = 'PersonTrackChanged';
  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly tenure: TenureDates,
    /** Absent: the person has left their track. */
    readonly specialistTrackCode: string | undefined,
    readonly joinedOn: string | undefined,
    /** The joined track's profession, specialism and grade ladder (lowest first); absent when leaving. */
    readonly track?: { profession: string; specialism?: string; gradeLadder: readonly string[] },
  ) {}
}

export class PersonLeftDomainEvent implements PersonEventBase {
  readonly type = 'PersonLeft';
  constructor(
    readonly personId: string,
    readonly version: number,
    readonly occurredAt: Date,
    readonly tenure: TenureDates,
    readonly departmentCode: string,
    readonly leftOn: string,
  ) {}
}

export type PersonDomainEvent =
  | PersonRegisteredDomainEvent
  | PersonDetailsChangedDomainEvent
  | PersonSkillsChangedDomainEvent
  | PersonPreferencesChangedDomainEvent
  | PersonTrackChangedDomainEvent
  | PersonLeftDomainEvent;
