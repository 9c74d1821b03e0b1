import { Grade } from './grade';
import { PersonDomainEvent, PersonRegisteredDomainEvent } from './person-registered.domain-event';
import { PersonStatus } from './person-status';
import * as rules from './person.rules';

export interface RegisterPersonProps {
  staffNumber: string;
  givenName: string;
  familyName: string;
  workEmail: string;
  departmentCode: string;
  grade: string;
  profession: string;
  location?: string;
  fte: number;
  startedInPostOn: string;
}

/** Everything stored about a person: what the repository saves and restores. */
export interface PersonSnapshot {
  id: string;
  staffNumber: string;
  givenName: string;
  familyName: string;
  workEmail: string;
  departmentCode: string;
  grade: Grade;
  profession: string;
  location?: string;
  fte: number;
  startedInPostOn: string;
  status: PersonStatus;
  version: number;
}

/** A civil servant's record in their substantive department. Changes only through intent-named methods. */
export class Person {
  private events: PersonDomainEvent[] = [];

  private constructor(private state: PersonSnapshot) {}

  /** Registers a person: every field checked against its rule, status ACTIVE, version 1, PersonRegistered raised. */
  static register(id: string, props: RegisterPersonProps, now: Date): Person {
    const location = props.location?.trim() || undefined;
    const person = new Person({
      id,
      staffNumber: rules.staffNumber(props.staffNumber),
      givenName: rules.personName(props.givenName, 'givenName'),
      familyName: rules.personName(props.familyName, 'familyName'),
      workEmail: rules.workEmail(props.workEmail),
      departmentCode: rules.departmentCode(props.departmentCode),
      grade: rules.grade(props.grade),
      profession: rules.profession(props.profession),
      location,
      fte: rules.fte(props.fte),
      startedInPostOn: rules.calendarDate(props.startedInPostOn, 'startedInPostOn'),
      status: 'ACTIVE',
      version: 1,
    });
    const s = person.state;
    person.events.push(
      new PersonRegisteredDomainEvent(
        s.id,
        s.version,
        now,
        s.departmentCode,
        s.grade,
        s.profession,
        s.location,
        s.fte,
        s.startedInPostOn,
        s.status,
      ),
    );
    return person;
  }

  /** Rebuilds a stored person; raises nothing, because nothing happened. */
  static restore(snapshot: PersonSnapshot): Person {
    return new Person({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): PersonSnapshot {
    return { ...this.state };
  }

  /** Hands over the events raised since the last call, for the outbox; each is published once. */
  pullEvents(): PersonDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
