import { EntityManager } from 'typeorm';
import { EmploymentType, MoveKind } from '../person/domain/employment';
import { Grade } from '../person/domain/grade';
import { PersonSnapshot } from '../person/domain/person.aggregate';
import { PersonStatus } from '../person/domain/person-status';
import { SkillLevel } from '../person/domain/skill';
import { PersonImportPlan } from './person-import.plan';
import {
  DELETE_SKILLS,
  DELETE_SKILLS_TO_DEVELOP,
  INSERT_SKILLS,
  INSERT_SKILLS_TO_DEVELOP,
  SELECT_EMAIL_HOLDERS,
  SELECT_STORED,
  UPSERT_PEOPLE,
} from './person-import.sql';

interface StoredRow {
  id: string;
  staff_number: string;
  given_name: string;
  family_name: string;
  work_email: string;
  department_code: string;
  grade: string;
  profession: string;
  location: string | null;
  fte: string;
  started_in_post_on: string;
  status: string;
  version: number;
  specialist_track_code: string | null;
  specialist_track_joined_on: string | null;
  employment_type: string;
  home_organisation: string | null;
  employment_ends_on: string | null;
  security_clearance: string | null;
  left_on: string | null;
  open_to_move: boolean;
  move_kinds_wanted: string[];
  departments_wanted: string[];
  locations_wanted: string[];
  earliest_move_on: string | null;
  share_profile_across_departments: boolean;
  skills: [string, string, string, string | null][];
  skills_to_develop: string[];
}

// Absent optional values are left out of the snapshot, as the aggregate leaves them out.
const optional = <K extends string>(key: K, value: string | null) =>
  (value === null ? {} : { [key]: value }) as Partial<Record<K, string>>;

function toSnapshot(row: StoredRow): PersonSnapshot {
  return {
    id: row.id,
    staffNumber: row.staff_number,
    givenName: row.given_name,
    familyName: row.family_name,
    workEmail: row.work_email,
    departmentCode: row.department_code,
    grade: row.grade as Grade,
    profession: row.profession,
    ...optional('specialistTrackCode', row.specialist_track_code),
    ...optional('specialistTrackJoinedOn', row.specialist_track_joined_on),
    ...optional('location', row.location),
    fte: Number(row.fte),
    employmentType: row.employment_type as EmploymentType,
    ...optional('homeOrganisation', row.home_organisation),
    ...optional('employmentEndsOn', row.employment_ends_on),
    ...optional('securityClearance', row.security_clearance),
    startedInPostOn: row.started_in_post_on,
    status: row.status as PersonStatus,
    ...optional('leftOn', row.left_on),
    skills: row.skills.map(([skillCode, level, evidence, lastUsedOn]) => ({
      skillCode,
      level: level as SkillLevel,
      evidence,
      ...optional('lastUsedOn', lastUsedOn),
    })),
    skillsToDevelop: row.skills_to_develop,
    preferences: {
      openToMove: row.open_to_move,
      moveKindsWanted: row.move_kinds_wanted as MoveKind[],
      departmentsWanted: row.departments_wanted,
      locationsWanted: row.locations_wanted,
      ...optional('earliestMoveOn', row.earliest_move_on),
      shareProfileAcrossDepartments: row.share_profile_across_departments,
    },
    version: row.version,
  };
}

/** A PostgreSQL array literal: every element quoted, so commas and spaces in place names survive. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The stored people among these staff numbers, locked until the batch commits. */
export async function loadStored(
  manager: EntityManager,
  staffNumbers: string[],
): Promise<Map<string, PersonSnapshot>> {
  const rows: StoredRow[] = await manager.query(SELECT_STORED, [staffNumbers]);
  return new Map(rows.map((row) => [row.staff_number, toSnapshot(row)]));
}

export async function emailHolders(manager: EntityManager, emails: string[]): Promise<Map<string, string>> {
  const rows: { work_email: string; staff_number: string }[] = await manager.query(SELECT_EMAIL_HOLDERS, [
    emails,
  ]);
  return new Map(rows.map((row) => [row.work_email, row.staff_number]));
}

/** Writes the registered and changed people of a batch, and the skills of those whose skills changed. */
export async function writePlans(
  manager: EntityManager,
  plans: readonly PersonImportPlan[],
  now: Date,
): Promise<void> {
  const written = plans.filter((plan) => plan.kind !== 'unchanged');
  if (written.length === 0) return;
  const people = written.map((plan) => plan.person);
  const column = <T>(pick: (person: PersonSnapshot) => T) => people.map(pick);
  const returned: unknown[] = await manager.query(UPSERT_PEOPLE, [
    column((p) => p.id),
    column((p) => p.staffNumber),
    column((p) => p.givenName),
    column((p) => p.familyName),
    column((p) => p.workEmail),
    column((p) => p.departmentCode),
    column((p) => p.grade),
    column((p) => p.profession),
    column((p) => p.location ?? null),
    column((p) => p.fte),
    column((p) => p.startedInPostOn),
    column((p) => p.status),
    column((p) => p.version),
    column((p) => p.specialistTrackCode ?? null),
    column((p) => p.specialistTrackJoinedOn ?? null),
    column((p) => p.employmentType),
    column((p) => p.homeOrganisation ?? null),
    column((p) => p.employmentEndsOn ?? null),
    column((p) => p.securityClearance ?? null),
    column((p) => p.preferences.openToMove),
    column((p) => arrayLiteral(p.preferences.moveKindsWanted)),
    column((p) => arrayLiteral(p.preferences.departmentsWanted)),
    column((p) => arrayLiteral(p.preferences.locationsWanted)),
    column((p) => p.preferences.earliestMoveOn ?? null),
    column((p) => p.preferences.shareProfileAcrossDepartments),
    now.toISOString(),
  ]);
  if (returned.length !== people.length)
    throw new Error(
      `${people.length - returned.length} staff number(s) of this batch were registered by someone else while it ran; run the import again`,
    );
  const rewritten = written.filter((plan) => plan.skillsChanged).map((plan) => plan.person);
  const changedIds = written
    .filter((plan) => plan.kind === 'changed' && plan.skillsChanged)
    .map((plan) => plan.person.id);
  if (changedIds.length > 0) {
    await manager.query(DELETE_SKILLS, [changedIds]);
    await manager.query(DELETE_SKILLS_TO_DEVELOP, [changedIds]);
  }
  const skills = rewritten.flatMap((person) => person.skills.map((skill) => ({ id: person.id, ...skill })));
  if (skills.length > 0)
    await manager.query(INSERT_SKILLS, [
      skills.map((skill) => skill.id),
      skills.map((skill) => skill.skillCode),
      skills.map((skill) => skill.level),
      skills.map((skill) => skill.evidence),
      skills.map((skill) => skill.lastUsedOn ?? null),
    ]);
  const toDevelop = rewritten.flatMap((person) => person.skillsToDevelop.map((code) => [person.id, code]));
  if (toDevelop.length > 0)
    await manager.query(INSERT_SKILLS_TO_DEVELOP, [
      toDevelop.map(([id]) => id),
      toDevelop.map(([, code]) => code),
    ]);
}
