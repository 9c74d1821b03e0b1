import {
  EventDefinition,
  PersonDetailsChanged,
  PersonDetailsChangedV1,
  PersonLeft,
  PersonLeftV1,
  PersonPreferencesChanged,
  PersonPreferencesChangedV1,
  PersonRegistered,
  PersonRegisteredV1,
  PersonSkillsChanged,
  PersonSkillsChangedV1,
  PersonTrackChanged,
  PersonTrackChangedV1,
} from '@civil/contracts';
import { PersonDomainEvent } from '../../domain/person.domain-events';
import { TenureDates } from '../../domain/tenure.rule';

export interface OutgoingIntegrationEvent<T = object> {
  definition: EventDefinition<T>;
  subject: string;
  aggregateVersion: number;
  data: T;
}

function outgoing<T extends object>(
  definition: EventDefinition<T>,
  event: { personId: string; version: number },
  data: T,
): OutgoingIntegrationEvent {
  return {
    definition,
    subject: event.personId,
    aggregateVersion: event.version,
    data,
  } as OutgoingIntegrationEvent;
}

const tenureOf = ({ minimumTermEndsOn, eligibleToMoveFrom }: TenureDates) => ({
  minimumTermEndsOn,
  eligibleToMoveFrom,
});

/**
 * Domain events stay inside people; other services get flat, versioned integration events made of primitives.
 * Names, email and free text (skill evidence) never leave: consumers match and count people by department, grade,
 * profession, skill codes and levels. Every event carries the aggregate version: one sequence for all of them.
 */
export function toIntegrationEvent(event: PersonDomainEvent): OutgoingIntegrationEvent {
  switch (event.type) {
    case 'PersonRegistered': {
      const data: PersonRegisteredV1 = {
        personId: event.personId,
        departmentCode: event.departmentCode,
        grade: event.grade,
        profession: event.profession,
        fte: event.fte,
        startedInPostOn: event.startedInPostOn,
        status: event.status,
      };
      if (event.location !== undefined) data.location = event.location;
      if (event.employmentType !== 'PERMANENT') data.employmentType = event.employmentType;
      if (event.securityClearance !== undefined) data.securityClearance = event.securityClearance;
      if (event.tenure) Object.assign(data, tenureOf(event.tenure));
      return outgoing(PersonRegistered, event, data);
    }
    case 'PersonDetailsChanged':
      return outgoing<PersonDetailsChangedV1>(PersonDetailsChanged, event, {
        personId: event.personId,
        ...event.details,
        ...tenureOf(event.tenure),
      });
    case 'PersonSkillsChanged':
      return outgoing<PersonSkillsChangedV1>(PersonSkillsChanged, event, {
        personId: event.personId,
        skills: event.skills.map(({ skillCode, level }) => ({ skillCode, level })),
        skillsToDevelop: [...event.skillsToDevelop],
        ...tenureOf(event.tenure),
      });
    case 'PersonPreferencesChanged': {
      const { earliestMoveOn, ...preferences } = event.preferences;
      return outgoing<PersonPreferencesChangedV1>(PersonPreferencesChanged, event, {
        personId: event.personId,
        ...preferences,
        moveKindsWanted: [...preferences.moveKindsWanted],
        departmentsWanted: [...preferences.departmentsWanted],
        locationsWanted: [...preferences.locationsWanted],
        ...(earliestMoveOn ? { earliestMoveOn } : {}),
        ...tenureOf(event.tenure),
      });
    }
    case 'PersonTrackChanged':
      return outgoing<PersonTrackChangedV1>(PersonTrackChanged, event, {
        personId: event.personId,
        ...(event.specialistTrackCode ? { specialistTrackCode: event.specialistTrackCode } : {}),
        ...(event.joinedOn ? { joinedOn: event.joinedOn } : {}),
        ...(event.specialistTrackCode && event.track
          ? {
              trackProfession: event.track.profession,
              ...(event.track.specialism ? { trackSpecialism: event.track.specialism } : {}),
              trackGrades: [...event.track.gradeLadder],
            }
          : {}),
        ...tenureOf(event.tenure),
      });
    case 'PersonLeft':
      return outgoing<PersonLeftV1>(PersonLeft, event, {
        personId: event.personId,
        departmentCode: event.departmentCode,
        leftOn: event.leftOn,
        ...tenureOf(event.tenure),
      });
  }
}
