import { LIST_SEPARATOR } from '../../services/people/src/person-import/import-columns';
import { TenurePolicy, tenureDates } from '../../services/people/src/person/domain/tenure.rule';
import { REFERENCE_DATA_SEED } from '../../services/people/src/reference-data/infrastructure/seed';
import type { EstablishmentEntry } from '../../services/vacancies/src/department/domain/establishment';
import { GeneratedMove, PersonStatusAfter } from './moves.generator';
import { PersonCells } from './people.generator';
import { GeneratedVacancy } from './vacancies.generator';

/** A cell of a COPY row: arrays are text[], `{ json }` is jsonb, absent or null is NULL. */
export type Cell = string | number | boolean | null | undefined | readonly string[] | { json: unknown };
export type Row = Record<string, Cell>;

const list = (value: string) => (value ? value.split(LIST_SEPARATOR) : []);
const orNull = (value: string) => value || null;

/**
 * The tenure policy people applies with its default settings (DEFAULT_MINIMUM_ASSIGNMENT_MONTHS 12, the seeded
 * grades' and tracks' minimums), so that generated rows carry the dates people's events would have brought.
 */
export const DEFAULT_TENURE_POLICY: TenurePolicy = {
  defaultMonths: 12,
  gradeMonths: new Map(
    REFERENCE_DATA_SEED.grades.flatMap((grade) =>
      grade.minimumAssignmentMonths === undefined ? [] : [[grade.code, grade.minimumAssignmentMonths]],
    ),
  ),
  trackMonths: new Map(
    REFERENCE_DATA_SEED.specialistTracks.map((track) => [track.code, track.minimumAssignmentMonths]),
  ),
};
const TRACKS = new Map(REFERENCE_DATA_SEED.specialistTracks.map((track) => [track.code, track]));

/**
 * A generated person as moves' person_read_model holds them after every people event about them: the registered
 * facts, tenure and track (PersonTrackChanged), skills and preferences (matching's columns, 1795490100000).
 */
export function personRow(personId: string, cells: PersonCells, status: PersonStatusAfter): Row {
  const trackCode = cells.specialist_track_code || undefined;
  const track = trackCode ? TRACKS.get(trackCode) : undefined;
  const tenure = tenureDates(DEFAULT_TENURE_POLICY, {
    grade: cells.grade,
    specialistTrackCode: trackCode,
    startedInPostOn: cells.started_in_post_on,
    earliestMoveOn: cells.earliest_move_on || undefined,
  });
  // `CODE:LEVEL:LAST_USED_ON:EVIDENCE`: moves keeps the code and level only (no free text).
  const skills = list(cells.skills).map((entry) => {
    const [skillCode, level] = entry.split(':');
    return { skillCode, level };
  });
  return {
    person_id: personId,
    department_code: cells.department_code,
    grade: cells.grade,
    profession: cells.profession,
    location: orNull(cells.location),
    fte: cells.fte,
    started_in_post_on: cells.started_in_post_on,
    status,
    version: 4,
    updated_at: '2026-10-01T09:00:00Z',
    security_clearance: orNull(cells.security_clearance),
    minimum_term_ends_on: tenure.minimumTermEndsOn,
    eligible_to_move_from: tenure.eligibleToMoveFrom,
    specialist_track_code: trackCode ?? null,
    specialist_track: track
      ? { json: { profession: track.profession, specialism: track.specialism, grades: track.gradeLadder } }
      : null,
    skills: { json: skills },
    skills_to_develop: list(cells.skills_to_develop),
    open_to_move: cells.open_to_move === 'true',
    share_profile: cells.share_profile_across_departments === 'true',
    move_kinds_wanted: list(cells.move_kinds_wanted),
    departments_wanted: list(cells.departments_wanted),
    locations_wanted: list(cells.locations_wanted),
    earliest_move_on: orNull(cells.earliest_move_on),
  };
}

/** A vacancy as VacancyPublished (and any status event after it) leaves it in vacancy_read_model. */
export function vacancyRow(v: GeneratedVacancy): Row {
  const details = {
    title: v.title,
    specialism: v.specialism,
    moveKinds: v.moveKinds,
    locations: v.locations,
    remotePossible: v.remotePossible,
    requiredSkills: v.requiredSkills,
    behaviours: v.behaviours,
    clearanceRequired: v.clearanceRequired,
    closingDate: v.closingDate,
    durationMonths: v.durationMonths,
    hoursPerWeek: v.hoursPerWeek,
    visibility: v.visibility,
  };
  return {
    vacancy_id: v.id,
    department_code: v.departmentCode,
    grade: v.grade,
    profession: v.profession,
    posts: v.posts,
    fte_per_post: v.ftePerPost,
    status: v.status,
    version: v.version,
    updated_at: v.updatedAt,
    // The record's details, both as the columns 1795484200000 added and as one document, whichever the table has.
    details: { json: details },
    title: v.title,
    specialism: v.specialism,
    move_kinds: v.moveKinds,
    locations: v.locations,
    remote_possible: v.remotePossible,
    required_skills: { json: v.requiredSkills },
    behaviours: v.behaviours,
    clearance_required: v.clearanceRequired,
    closing_date: v.closingDate,
    duration_months: v.durationMonths,
    hours_per_week: v.hoursPerWeek,
    visibility: v.visibility,
  };
}

/** A funded-posts line as EstablishmentChanged brings it (FTE in hundredths). */
export function establishmentRow(line: EstablishmentEntry, version: number): Row {
  return {
    department_code: line.departmentCode,
    profession: line.profession,
    grade: line.grade,
    effective_from: line.effectiveFrom,
    fte_hundredths: Math.round(line.fte * 100),
    version,
  };
}

export function moveRow(m: GeneratedMove): Row {
  return {
    id: m.id,
    person_id: m.personId,
    kind: m.kind,
    origin: 'PLANNER',
    home_department_code: m.homeDepartmentCode,
    host_department_code: m.hostDepartmentCode,
    external_organisation: m.externalOrganisation,
    vacancy_id: m.vacancyId,
    grade: m.grade,
    profession: m.profession,
    requested_start_on: m.startsOn,
    starts_on: m.startsOn,
    ends_on: m.endsOn,
    hours_per_week: m.hoursPerWeek,
    payer: m.payer,
    status: m.status,
    agreements: { json: m.agreements },
    // The saga asked vacancies for the post, and it was reserved (AGREED onwards).
    post_requested: m.vacancyId !== undefined,
    stop_reason: m.stopReason,
    version: m.version,
    created_at: m.createdAt,
    updated_at: m.createdAt,
  };
}

/** A text[] literal: every element quoted, so commas and spaces stay inside it. */
function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** A CSV cell for COPY: NULL is an unquoted empty cell, everything else is quoted (an empty string stays one). */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value)
    ? textArray(value as readonly string[])
    : typeof value === 'object'
      ? JSON.stringify((value as { json: unknown }).json)
      : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}
