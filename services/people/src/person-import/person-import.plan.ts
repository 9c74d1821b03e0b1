import { NO_PREFERENCES, Person, PersonSnapshot } from '../person/domain/person.aggregate';
import { PersonDomainEvent } from '../person/domain/person.domain-events';
import { PersonRuleViolation } from '../person/domain/person.errors';
import { ImportReference } from './import-reference';
import { ImportRowError, PersonImportRow } from './import-row';

/** What one row does to the people tables and the outbox. */
export interface PersonImportPlan {
  kind: 'registered' | 'changed' | 'unchanged';
  person: PersonSnapshot;
  events: PersonDomainEvent[];
  /** The skills tables must be rewritten for this person. */
  skillsChanged: boolean;
}

// Status, leaving date and version are not the feed's: moves and leavers change them through their own use cases.
const detailsOf = (s: PersonSnapshot) => [
  s.givenName,
  s.familyName,
  s.workEmail,
  s.departmentCode,
  s.grade,
  s.profession,
  s.location ?? null,
  s.fte,
  s.startedInPostOn,
  s.employmentType,
  s.homeOrganisation ?? null,
  s.employmentEndsOn ?? null,
  s.securityClearance ?? null,
];
const trackOf = (s: PersonSnapshot) => [s.specialistTrackCode ?? null, s.specialistTrackJoinedOn ?? null];
const byCode = <T extends { skillCode: string }>(a: T, b: T) =>
  a.skillCode < b.skillCode ? -1 : a.skillCode > b.skillCode ? 1 : 0;
const skillsOf = (s: PersonSnapshot) =>
  [...s.skills]
    .sort(byCode)
    .map((skill) => [skill.skillCode, skill.level, skill.evidence, skill.lastUsedOn ?? null]);
const toDevelopOf = (s: PersonSnapshot) => [...s.skillsToDevelop].sort();
const preferencesOf = ({ preferences: p }: PersonSnapshot) => [
  p.openToMove,
  [...p.moveKindsWanted].sort(),
  [...p.departmentsWanted].sort(),
  [...p.locationsWanted].sort(),
  p.earliestMoveOn ?? null,
  p.shareProfileAcrossDepartments,
];
const same = <T>(part: (s: PersonSnapshot) => T, a: PersonSnapshot, b: PersonSnapshot) =>
  JSON.stringify(part(a)) === JSON.stringify(part(b));

function ruled<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PersonRuleViolation)
      throw new ImportRowError(error.code, error.field, error.message);
    throw error;
  }
}

/**
 * The record the row describes, built by the aggregate itself (register, then track, skills, preferences), so every
 * person rule the service applies is applied here, and values are normalised exactly as the service stores them.
 */
function describedPerson(id: string, row: PersonImportRow, now: Date, reference: ImportReference): Person {
  const { policy } = reference;
  const person = Person.register(id, row.register, now, policy);
  if (row.track)
    person.joinSpecialistTrack(reference.track(row.track.code)!, row.track.joinedOn, now, policy);
  if (row.skills.length > 0) person.setSkills(row.skills, now, policy);
  if (row.skillsToDevelop.length > 0) person.setSkillsToDevelop(row.skillsToDevelop, now, policy);
  if (JSON.stringify(row.preferences) !== JSON.stringify(NO_PREFERENCES))
    person.setMobilityPreferences(row.preferences, now, policy);
  return person;
}

/**
 * New staff number: the described person, registered, with an event per part of the profile the feed gives.
 * Known one: the stored person, changed through the aggregate's methods only where the feed differs, so an
 * unchanged row raises nothing and keeps its version. Throws ImportRowError for a row that breaks a rule.
 */
export function planRow(
  row: PersonImportRow,
  stored: PersonSnapshot | undefined,
  newId: string,
  now: Date,
  reference: ImportReference,
): PersonImportPlan {
  return ruled(() => {
    reference.check(row);
    const described = describedPerson(stored?.id ?? newId, row, now, reference);
    if (!stored)
      return {
        kind: 'registered',
        person: described.snapshot(),
        events: described.pullEvents(),
        skillsChanged: true,
      };
    const target = described.snapshot();
    const { policy } = reference;
    const person = Person.restore(stored);
    if (!same(detailsOf, stored, target))
      person.changeDetails(
        {
          givenName: target.givenName,
          familyName: target.familyName,
          workEmail: target.workEmail,
          departmentCode: target.departmentCode,
          grade: target.grade,
          profession: target.profession,
          location: target.location,
          fte: target.fte,
          startedInPostOn: target.startedInPostOn,
          employmentType: target.employmentType,
          homeOrganisation: target.homeOrganisation,
          employmentEndsOn: target.employmentEndsOn,
          securityClearance: target.securityClearance,
        },
        now,
        policy,
      );
    if (!same(trackOf, stored, target)) {
      if (row.track)
        person.joinSpecialistTrack(reference.track(row.track.code)!, row.track.joinedOn, now, policy);
      else person.leaveSpecialistTrack(now, policy);
    }
    const skillsDiffer = !same(skillsOf, stored, target);
    if (skillsDiffer) person.setSkills(target.skills, now, policy);
    const toDevelopDiffers = !same(toDevelopOf, stored, target);
    if (toDevelopDiffers) person.setSkillsToDevelop(target.skillsToDevelop, now, policy);
    if (!same(preferencesOf, stored, target)) person.setMobilityPreferences(target.preferences, now, policy);
    const events = person.pullEvents();
    return {
      kind: events.length > 0 ? 'changed' : 'unchanged',
      person: person.snapshot(),
      events,
      skillsChanged: skillsDiffer || toDevelopDiffers,
    };
  });
}
