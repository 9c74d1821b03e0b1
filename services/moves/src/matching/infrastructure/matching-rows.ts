import { MatchPerson } from '../domain/match.types';
import { CandidateToMatch, VacancyToMatch } from '../application/matching.reader';

/** person_read_model as matching selects it (PERSON_COLUMNS). */
export interface PersonRow {
  person_id: string;
  department_code: string;
  grade: string;
  profession: string;
  location: string | null;
  status: string;
  security_clearance: string | null;
  skills: { skillCode: string; level: string }[];
  skills_to_develop: string[];
  specialist_track_code: string | null;
  specialist_track: { profession: string; specialism?: string; grades: string[] } | null;
  open_to_move: boolean;
  share_profile: boolean;
  move_kinds_wanted: string[];
  departments_wanted: string[];
  locations_wanted: string[];
  earliest_move_on: string | null;
  minimum_term_ends_on: string | null;
  eligible_to_move_from: string | null;
  moving?: boolean;
}

export const PERSON_COLUMNS = `p.person_id, p.department_code, p.grade, p.profession, p.location, p.status,
  p.security_clearance, p.skills, p.skills_to_develop, p.specialist_track_code, p.specialist_track, p.open_to_move,
  p.share_profile, p.move_kinds_wanted, p.departments_wanted, p.locations_wanted, p.earliest_move_on::text,
  p.minimum_term_ends_on::text, p.eligible_to_move_from::text`;

/** vacancy_read_model as matching selects it (VACANCY_COLUMNS). */
export interface VacancyRow {
  vacancy_id: string;
  department_code: string;
  title: string | null;
  grade: string;
  profession: string;
  specialism: string | null;
  move_kinds: string[];
  locations: string[];
  remote_possible: boolean;
  required_skills: { skillCode: string; minimumLevel: string; essential: boolean }[];
  behaviours: string[];
  clearance_required: string | null;
  closing_date: string | null;
  visibility: string;
  status: string;
}

export const VACANCY_COLUMNS = `v.vacancy_id, v.department_code, v.title, v.grade, v.profession, v.specialism,
  v.move_kinds, v.locations, v.remote_possible, v.required_skills, v.behaviours, v.clearance_required,
  v.closing_date::text, v.visibility, v.status`;

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

export function toMatchPerson(row: PersonRow): MatchPerson {
  const track = row.specialist_track;
  return {
    personId: row.person_id,
    departmentCode: row.department_code,
    grade: row.grade,
    profession: row.profession,
    location: orUndefined(row.location),
    status: row.status,
    securityClearance: orUndefined(row.security_clearance),
    skills: row.skills,
    skillsToDevelop: row.skills_to_develop,
    // The ladder rides with the track (PersonTrackChanged); without it moves cannot tell the track's roles.
    specialistTrack: track
      ? {
          code: row.specialist_track_code ?? '',
          profession: track.profession,
          specialism: orUndefined(track.specialism ?? null),
          grades: track.grades ?? [],
        }
      : undefined,
    openToMove: row.open_to_move,
    shareProfileAcrossDepartments: row.share_profile,
    moveKindsWanted: row.move_kinds_wanted,
    departmentsWanted: row.departments_wanted,
    locationsWanted: row.locations_wanted,
    earliestMoveOn: orUndefined(row.earliest_move_on),
    minimumTermEndsOn: orUndefined(row.minimum_term_ends_on),
    eligibleToMoveFrom: orUndefined(row.eligible_to_move_from),
  };
}

export function toCandidate(row: PersonRow): CandidateToMatch {
  return { ...toMatchPerson(row), moving: row.moving === true };
}

export function toVacancy(row: VacancyRow): VacancyToMatch {
  return {
    opportunityId: row.vacancy_id,
    departmentCode: row.department_code,
    title: row.title ?? '',
    grade: row.grade,
    profession: row.profession,
    specialism: orUndefined(row.specialism),
    moveKinds: row.move_kinds,
    locations: row.locations,
    remotePossible: row.remote_possible,
    requiredSkills: row.required_skills,
    behaviours: row.behaviours,
    clearanceRequired: orUndefined(row.clearance_required),
    closingDate: orUndefined(row.closing_date),
    visibility: row.visibility,
    status: row.status,
  };
}
