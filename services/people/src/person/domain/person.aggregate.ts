import { EMPLOYMENT_TYPES, EmploymentType, MOVE_KINDS, MoveKind } from './employment';
import { Grade } from './grade';
import { PersonRegisteredDomainEvent } from './person-registered.domain-event';
import {
  PersonDetailsChangedDomainEvent,
  PersonDomainEvent,
  PersonLeftDomainEvent,
  PersonPreferencesChangedDomainEvent,
  PersonSkillsChangedDomainEvent,
  PersonTrackChangedDomainEvent,
} from './person.domain-events';
import { PersonRuleViolation } from './person.errors';
import { PersonStatus } from './person-status';
import * as rules from './person.rules';
import { PersonSkill, SKILL_LEVELS } from './skill';
import { TenureDates, tenureDates, TenurePolicy } from './tenure.rule';

export interface EmploymentProps {
  employmentType?: EmploymentType;
  homeOrganisation?: string;
  employmentEndsOn?: string;
  securityClearance?: string;
}

export interface RegisterPersonProps extends EmploymentProps {
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

/** What updatePerson may change; absent = unchanged. The staff number is the HR systems' key and never changes. */
export type PersonDetailsChanges = Partial<Omit<RegisterPersonProps, 'staffNumber'>>;

export interface MobilityPreferences {
  openToMove: boolean;
  moveKindsWanted: MoveKind[];
  departmentsWanted: string[];
  locationsWanted: string[];
  earliestMoveOn?: string;
  /** Consent to show the profile to other departments' HR, hiring managers and planners. */
  shareProfileAcrossDepartments: boolean;
}

/**
 * What a move does to a person's record, as people reads the moves service's events. The person's department is
 * their substantive one (DOMAIN.md, capacity): a loan or a secondment out sends them away without changing it.
 * - TRANSFERRED: a permanent move started (level transfer, promotion) or a loan was made permanent: the host
 *   department is theirs from `on`, at `grade` when the move gives one, in a new post.
 * - WENT_AWAY: a loan or secondment out started: ON_LOAN or ON_SECONDMENT, department, grade and post unchanged.
 * - CAME_HOME: that temporary move ended: ACTIVE again.
 */
export type MoveOutcome =
  | { kind: 'TRANSFERRED'; moveId: string; departmentCode: string; grade?: string; on: string }
  | { kind: 'WENT_AWAY'; moveId: string; status: 'ON_LOAN' | 'ON_SECONDMENT'; on: string }
  | { kind: 'CAME_HOME'; moveId: string; on: string };

export const NO_PREFERENCES: MobilityPreferences = {
  openToMove: false,
  moveKindsWanted: [],
  departmentsWanted: [],
  locationsWanted: [],
  shareProfileAcrossDepartments: false,
};

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
  specialistTrackCode?: string;
  specialistTrackJoinedOn?: string;
  location?: string;
  fte: number;
  employmentType: EmploymentType;
  homeOrganisation?: string;
  employmentEndsOn?: string;
  securityClearance?: string;
  startedInPostOn: string;
  status: PersonStatus;
  /** The temporary move (loan, secondment out) the person is away on, while ON_LOAN or ON_SECONDMENT. */
  awayOnMoveId?: string;
  leftOn?: string;
  skills: PersonSkill[];
  skillsToDevelop: string[];
  preferences: MobilityPreferences;
  version: number;
}

/**
 * A deep copy of a snapshot: every level of it (skills, their list, preferences and its lists) is a fresh object, so
 * neither the aggregate nor its caller can change the other's. Written out rather than structuredClone, which costs
 * several times as much and runs two or three times per row of a bulk import; a field added to PersonSnapshot that
 * holds an object or array must be copied here too (the person.aggregate spec checks that nothing is shared).
 */
function copySnapshot(s: PersonSnapshot): PersonSnapshot {
  const p = s.preferences;
  return {
    ...s,
    skills: s.skills.map((skill) => ({ ...skill })),
    skillsToDevelop: [...s.skillsToDevelop],
    preferences: {
      ...p,
      moveKindsWanted: [...p.moveKindsWanted],
      departmentsWanted: [...p.departmentsWanted],
      locationsWanted: [...p.locationsWanted],
    },
  };
}

// As long as the skills library allows (reference_data skill.code is varchar(96)).
const SKILL_CODE = /^[A-Z0-9][A-Z0-9_.-]{0,95}$/i;

function employment(props: EmploymentProps, current?: PersonSnapshot) {
  const employmentType = props.employmentType ?? current?.employmentType ?? 'PERMANENT';
  if (!EMPLOYMENT_TYPES.includes(employmentType))
    throw new PersonRuleViolation('PERSON.INVALID_EMPLOYMENT', 'employmentType', 'unknown employment type');
  const pick = <K extends keyof EmploymentProps>(key: K) =>
    key in props ? props[key] : current?.[key as keyof PersonSnapshot];
  let homeOrganisation = rules.optionalText(
    pick('homeOrganisation') as string | undefined,
    100,
    'homeOrganisation',
  );
  let employmentEndsOn = rules.optionalDate(
    pick('employmentEndsOn') as string | undefined,
    'employmentEndsOn',
  );
  if (employmentType === 'PERMANENT') {
    // A permanent contract has no end and no other employer: values left over from a previous contract go.
    homeOrganisation = undefined;
    employmentEndsOn = undefined;
  }
  if (employmentType !== 'PERMANENT' && employmentEndsOn === undefined)
    throw new PersonRuleViolation(
      'PERSON.INVALID_EMPLOYMENT',
      'employmentEndsOn',
      `${employmentType} employment needs an end date`,
    );
  if (employmentType === 'INWARD_SECONDEE' && homeOrganisation === undefined)
    throw new PersonRuleViolation(
      'PERSON.INVALID_EMPLOYMENT',
      'homeOrganisation',
      'an inward secondee needs their home organisation',
    );
  if (employmentType !== 'INWARD_SECONDEE') homeOrganisation = undefined;
  const securityClearance = rules.optionalText(
    pick('securityClearance') as string | undefined,
    8,
    'securityClearance',
  );
  return { employmentType, homeOrganisation, employmentEndsOn, securityClearance };
}

/** What of a specialist track the aggregate checks a person against (the catalogue holds the rest). */
export interface SpecialistTrackFit {
  code: string;
  profession: string;
  /** The specialism inside the profession ('Data science'), as vacancies name it; told to moves with the track. */
  specialism?: string;
  gradeLadder: readonly string[];
}

/**
 * A track is a path inside one profession, over a ladder of grades: someone of another profession, or at a grade off
 * the ladder, is not on it. HR leaves the track first when a change takes the person off it.
 */
function assertFitsTrack(
  person: Pick<PersonSnapshot, 'profession' | 'grade'>,
  track: SpecialistTrackFit,
): void {
  if (track.profession !== person.profession)
    throw new PersonRuleViolation(
      'PERSON.TRACK_PROFESSION_MISMATCH',
      'trackCode',
      `track ${track.code} is in ${track.profession}, not the person's profession`,
    );
  if (!track.gradeLadder.includes(person.grade))
    throw new PersonRuleViolation(
      'PERSON.GRADE_NOT_ON_TRACK',
      'trackCode',
      `grade ${person.grade} is not on track ${track.code}'s ladder`,
    );
}

/** A civil servant's record in their substantive department. Changes only through intent-named methods. */
export class Person {
  private events: PersonDomainEvent[] = [];

  private constructor(private state: PersonSnapshot) {}

  /**
   * Registers a person: every field checked against its rule, status ACTIVE, version 1, PersonRegistered raised.
   * Reference data (profession, clearance names) is checked by the use case, which has the catalogue.
   */
  static register(id: string, props: RegisterPersonProps, now: Date, policy?: TenurePolicy): Person {
    const person = new Person({
      id,
      staffNumber: rules.staffNumber(props.staffNumber),
      givenName: rules.personName(props.givenName, 'givenName'),
      familyName: rules.personName(props.familyName, 'familyName'),
      workEmail: rules.workEmail(props.workEmail),
      departmentCode: rules.departmentCode(props.departmentCode),
      grade: rules.grade(props.grade),
      profession: rules.profession(props.profession),
      location: props.location?.trim() || undefined,
      fte: rules.fte(props.fte),
      ...employment(props),
      startedInPostOn: rules.calendarDate(props.startedInPostOn, 'startedInPostOn'),
      status: 'ACTIVE',
      skills: [],
      skillsToDevelop: [],
      preferences: { ...NO_PREFERENCES },
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
        s.employmentType,
        s.securityClearance,
        policy && person.tenure(policy),
      ),
    );
    return person;
  }

  /** Rebuilds a stored person; raises nothing, because nothing happened. */
  static restore(snapshot: PersonSnapshot): Person {
    return new Person(copySnapshot(snapshot));
  }

  get id(): string {
    return this.state.id;
  }

  get version(): number {
    return this.state.version;
  }

  snapshot(): PersonSnapshot {
    return copySnapshot(this.state);
  }

  /** When the minimum expected assignment ends, and from when the person can move (see tenure.rule). */
  tenure(policy: TenurePolicy): TenureDates {
    return tenureDates(policy, { ...this.state, earliestMoveOn: this.state.preferences.earliestMoveOn });
  }

  /** HR (or, for their own name and location, the person) corrects or changes the record. */
  changeDetails(
    changes: PersonDetailsChanges,
    now: Date,
    policy: TenurePolicy,
    /** The person's specialist track, when on one: the new profession and grade must still fit it. */
    track?: SpecialistTrackFit,
  ): void {
    this.assertActive();
    const s = this.state;
    const next: PersonSnapshot = {
      ...s,
      givenName:
        changes.givenName === undefined ? s.givenName : rules.personName(changes.givenName, 'givenName'),
      familyName:
        changes.familyName === undefined ? s.familyName : rules.personName(changes.familyName, 'familyName'),
      workEmail: changes.workEmail === undefined ? s.workEmail : rules.workEmail(changes.workEmail),
      departmentCode:
        changes.departmentCode === undefined
          ? s.departmentCode
          : rules.departmentCode(changes.departmentCode),
      grade: changes.grade === undefined ? s.grade : rules.grade(changes.grade),
      profession: changes.profession === undefined ? s.profession : rules.profession(changes.profession),
      location: 'location' in changes ? changes.location?.trim() || undefined : s.location,
      fte: changes.fte === undefined ? s.fte : rules.fte(changes.fte),
      startedInPostOn:
        changes.startedInPostOn === undefined
          ? s.startedInPostOn
          : rules.calendarDate(changes.startedInPostOn, 'startedInPostOn'),
      ...employment(changes, s),
    };
    if (track && next.specialistTrackCode === track.code) assertFitsTrack(next, track);
    this.state = next;
    this.raiseDetailsChanged(now, policy);
  }

  /** Replaces the person's skills: one entry per skill, each with a level and one line of evidence. */
  setSkills(skills: readonly PersonSkill[], now: Date, policy: TenurePolicy): void {
    this.assertActive();
    const seen = new Set<string>();
    const checked = skills.map((skill, index) => {
      const field = `skills[${index}]`;
      const skillCode = skill.skillCode.trim().toUpperCase();
      if (!SKILL_CODE.test(skillCode))
        throw new PersonRuleViolation(
          'PERSON.INVALID_SKILL',
          `${field}.skillCode`,
          'skillCode is not a skill code',
        );
      if (seen.has(skillCode))
        throw new PersonRuleViolation(
          'PERSON.DUPLICATE_SKILL',
          `${field}.skillCode`,
          `${skillCode} is listed twice`,
        );
      seen.add(skillCode);
      if (!SKILL_LEVELS.includes(skill.level))
        throw new PersonRuleViolation('PERSON.INVALID_SKILL', `${field}.level`, 'unknown skill level');
      const evidence = skill.evidence.trim();
      // One line: evidence is shown in lists, and a paragraph belongs in an application, not a profile.
      if (evidence.length === 0 || evidence.length > 500 || /[\r\n]/.test(evidence))
        throw new PersonRuleViolation(
          'PERSON.EVIDENCE_REQUIRED',
          `${field}.evidence`,
          'evidence must be one line of 1 to 500 characters',
        );
      const lastUsedOn = rules.optionalDate(skill.lastUsedOn, `${field}.lastUsedOn`);
      return { skillCode, level: skill.level, evidence, ...(lastUsedOn ? { lastUsedOn } : {}) };
    });
    this.state.skills = checked;
    this.raiseSkillsChanged(now, policy);
  }

  setSkillsToDevelop(codes: readonly string[], now: Date, policy: TenurePolicy): void {
    this.assertActive();
    const normalised = [...new Set(codes.map((code) => code.trim().toUpperCase()))];
    normalised.forEach((code, index) => {
      if (!SKILL_CODE.test(code))
        throw new PersonRuleViolation('PERSON.INVALID_SKILL', `skillCodes[${index}]`, 'not a skill code');
    });
    this.state.skillsToDevelop = normalised;
    this.raiseSkillsChanged(now, policy);
  }

  setMobilityPreferences(preferences: MobilityPreferences, now: Date, policy: TenurePolicy): void {
    this.assertActive();
    const unknownKind = preferences.moveKindsWanted.find((kind) => !MOVE_KINDS.includes(kind));
    if (unknownKind)
      throw new PersonRuleViolation(
        'PERSON.INVALID_PREFERENCES',
        'moveKindsWanted',
        `unknown kind ${unknownKind}`,
      );
    const earliestMoveOn = rules.optionalDate(preferences.earliestMoveOn, 'earliestMoveOn');
    this.state.preferences = {
      openToMove: preferences.openToMove,
      moveKindsWanted: [...new Set(preferences.moveKindsWanted)],
      departmentsWanted: [
        ...new Set(preferences.departmentsWanted.map((code) => rules.departmentCode(code))),
      ],
      locationsWanted: [...new Set(preferences.locationsWanted.map((place) => place.trim()).filter(Boolean))],
      ...(earliestMoveOn ? { earliestMoveOn } : {}),
      shareProfileAcrossDepartments: preferences.shareProfileAcrossDepartments,
    };
    const p = this.state.preferences;
    this.bump();
    this.events.push(
      new PersonPreferencesChangedDomainEvent(this.id, this.version, now, this.tenure(policy), p),
    );
  }

  /**
   * Joins a specialist track inside the person's own profession, at a grade on its ladder. The minimum term then
   * follows the track's (see tenure.rule).
   */
  joinSpecialistTrack(track: SpecialistTrackFit, joinedOn: string, now: Date, policy: TenurePolicy): void {
    this.assertActive();
    assertFitsTrack(this.state, track);
    this.state.specialistTrackCode = track.code;
    this.state.specialistTrackJoinedOn = rules.calendarDate(joinedOn, 'joinedOn');
    this.raiseTrackChanged(now, policy, track);
  }

  leaveSpecialistTrack(now: Date, policy: TenurePolicy): void {
    this.assertActive();
    if (this.state.specialistTrackCode === undefined)
      throw new PersonRuleViolation(
        'PERSON.NOT_ON_TRACK',
        'personId',
        'the person is not on a specialist track',
      );
    delete this.state.specialistTrackCode;
    delete this.state.specialistTrackJoinedOn;
    this.raiseTrackChanged(now, policy);
  }

  /** The person has left the civil service (or this department's records). Final: nothing changes after it. */
  recordLeaver(leftOn: string, now: Date, policy: TenurePolicy): void {
    this.assertActive();
    const date = rules.optionalDate(leftOn, 'leftOn')!;
    if (date < this.state.startedInPostOn)
      throw new PersonRuleViolation(
        'PERSON.INVALID_DATE',
        'leftOn',
        'leftOn is before the person started in post',
      );
    this.state.status = 'LEFT';
    this.state.leftOn = date;
    this.bump();
    this.events.push(
      new PersonLeftDomainEvent(
        this.id,
        this.version,
        now,
        this.tenure(policy),
        this.state.departmentCode,
        date,
      ),
    );
  }

  /**
   * What a move does to the record (see MoveOutcome). Applying an outcome the record already shows changes nothing
   * and raises nothing, so a replayed move event is harmless. A temporary move's end only brings the person home from
   * that move: an end that arrives after another temporary move has started (moves' events are ordered per move, not
   * per person) leaves them away. A permanent move changes the substantive department even while the person is away
   * on another move, and they stay away until it ends. Returns whether anything changed.
   */
  applyMoveOutcome(outcome: MoveOutcome, now: Date, policy: TenurePolicy): boolean {
    this.assertActive();
    const s = this.state;
    const next: PersonSnapshot = { ...s };
    if (outcome.kind === 'TRANSFERRED') {
      next.departmentCode = rules.departmentCode(outcome.departmentCode);
      if (outcome.grade !== undefined) next.grade = rules.grade(outcome.grade);
      next.startedInPostOn = rules.calendarDate(outcome.on, 'on');
      if (s.awayOnMoveId === undefined || s.awayOnMoveId === outcome.moveId) {
        next.status = 'ACTIVE';
        delete next.awayOnMoveId;
      }
    } else if (outcome.kind === 'WENT_AWAY') {
      rules.calendarDate(outcome.on, 'on');
      next.status = outcome.status;
      next.awayOnMoveId = outcome.moveId;
    } else {
      rules.calendarDate(outcome.on, 'on');
      if (s.awayOnMoveId !== outcome.moveId) return false;
      next.status = 'ACTIVE';
      delete next.awayOnMoveId;
    }
    const unchanged =
      next.departmentCode === s.departmentCode &&
      next.grade === s.grade &&
      next.startedInPostOn === s.startedInPostOn &&
      next.status === s.status &&
      next.awayOnMoveId === s.awayOnMoveId;
    if (unchanged) return false;
    this.state = next;
    this.raiseDetailsChanged(now, policy);
    return true;
  }

  /** Hands over the events raised since the last call, for the outbox; each is published once. */
  pullEvents(): PersonDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  private assertActive(): void {
    if (this.state.status === 'LEFT')
      throw new PersonRuleViolation(
        'PERSON.HAS_LEFT',
        'personId',
        'the person has left; their record is closed',
      );
  }

  private bump(): void {
    this.state.version += 1;
  }

  private raiseDetailsChanged(now: Date, policy: TenurePolicy): void {
    this.bump();
    const s = this.state;
    this.events.push(
      new PersonDetailsChangedDomainEvent(s.id, s.version, now, this.tenure(policy), {
        departmentCode: s.departmentCode,
        grade: s.grade,
        profession: s.profession,
        ...(s.location ? { location: s.location } : {}),
        fte: s.fte,
        startedInPostOn: s.startedInPostOn,
        status: s.status,
        employmentType: s.employmentType,
        ...(s.employmentEndsOn ? { employmentEndsOn: s.employmentEndsOn } : {}),
        ...(s.securityClearance ? { securityClearance: s.securityClearance } : {}),
      }),
    );
  }

  private raiseSkillsChanged(now: Date, policy: TenurePolicy): void {
    this.bump();
    const s = this.state;
    this.events.push(
      new PersonSkillsChangedDomainEvent(
        s.id,
        s.version,
        now,
        this.tenure(policy),
        s.skills.map(({ skillCode, level }) => ({ skillCode, level })),
        [...s.skillsToDevelop],
      ),
    );
  }

  /** `track`: the track joined, whose details go with the event (moves' tenure exception needs them). */
  private raiseTrackChanged(now: Date, policy: TenurePolicy, track?: SpecialistTrackFit): void {
    this.bump();
    const s = this.state;
    this.events.push(
      new PersonTrackChangedDomainEvent(
        s.id,
        s.version,
        now,
        this.tenure(policy),
        s.specialistTrackCode,
        s.specialistTrackJoinedOn,
        track && {
          profession: track.profession,
          ...(track.specialism !== undefined ? { specialism: track.specialism } : {}),
          gradeLadder: [...track.gradeLadder],
        },
      ),
    );
  }
}
