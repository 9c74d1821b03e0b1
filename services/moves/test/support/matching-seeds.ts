// People and vacancies as moves' read models hold them once every people and vacancy event has been taken in,
// written straight to the database: for the matching tests, whose subject is the ranking, not the projection.
import { uuidv7 } from '@civil/contracts';
import { DataSource } from 'typeorm';

export const DDAT = 'Digital, Data and Technology';
export const DATA_SCIENCE_TRACK = {
  profession: DDAT,
  specialism: 'Data science',
  grades: ['HEO', 'SEO', 'G7', 'G6'],
};

export interface MatchingPersonSeed {
  personId?: string;
  departmentCode?: string;
  grade?: string;
  profession?: string;
  location?: string | null;
  status?: string;
  securityClearance?: string | null;
  minimumTermEndsOn?: string | null;
  specialistTrack?: { profession: string; specialism?: string; grades: string[] } | null;
  skills?: { skillCode: string; level: string }[];
  skillsToDevelop?: string[];
  openToMove?: boolean;
  shareProfile?: boolean;
  moveKindsWanted?: string[];
  departmentsWanted?: string[];
  locationsWanted?: string[];
  earliestMoveOn?: string | null;
}

/** An active SEO data scientist in DWP, in Leeds, open to move and sharing their profile, past their minimum term. */
export async function seedMatchingPerson(db: DataSource, seed: MatchingPersonSeed = {}): Promise<string> {
  const personId = seed.personId ?? uuidv7();
  const track = seed.specialistTrack ?? null;
  await db.query(
    `INSERT INTO person_read_model (person_id, department_code, grade, profession, location, fte, started_in_post_on,
       status, version, updated_at, security_clearance, minimum_term_ends_on, eligible_to_move_from,
       specialist_track_code, specialist_track, skills, skills_to_develop, open_to_move, share_profile,
       move_kinds_wanted, departments_wanted, locations_wanted, earliest_move_on)
     VALUES ($1, $2, $3, $4, $5, 1, '2023-01-09', $6, 5, now(), $7, $8, $8, $9, $10::jsonb, $11::jsonb, $12, $13,
       $14, $15, $16, $17, $18)`,
    [
      personId,
      seed.departmentCode ?? 'DWP',
      seed.grade ?? 'SEO',
      seed.profession ?? DDAT,
      seed.location === undefined ? 'Leeds' : seed.location,
      seed.status ?? 'ACTIVE',
      seed.securityClearance === undefined ? 'SC' : seed.securityClearance,
      seed.minimumTermEndsOn ?? '2024-01-09',
      track ? 'DDAT.DATA_SCIENCE' : null,
      track ? JSON.stringify(track) : null,
      JSON.stringify(seed.skills ?? []),
      seed.skillsToDevelop ?? [],
      seed.openToMove ?? true,
      seed.shareProfile ?? true,
      seed.moveKindsWanted ?? [],
      seed.departmentsWanted ?? [],
      seed.locationsWanted ?? [],
      seed.earliestMoveOn ?? null,
    ],
  );
  return personId;
}

export interface MatchingVacancySeed {
  vacancyId?: string;
  departmentCode?: string;
  title?: string;
  grade?: string;
  profession?: string;
  specialism?: string | null;
  moveKinds?: string[];
  locations?: string[];
  remotePossible?: boolean;
  requiredSkills?: { skillCode: string; minimumLevel: string; essential: boolean }[];
  behaviours?: string[];
  clearanceRequired?: string | null;
  closingDate?: string | null;
  visibility?: 'ALL_DEPARTMENTS' | 'OWN_DEPARTMENT';
  status?: string;
}

/** An open HMRC data science vacancy at SEO in Leeds, for level transfers and promotions, closing in 2027. */
export async function seedMatchingVacancy(db: DataSource, seed: MatchingVacancySeed = {}): Promise<string> {
  const vacancyId = seed.vacancyId ?? uuidv7();
  await db.query(
    `INSERT INTO vacancy_read_model (vacancy_id, department_code, grade, profession, posts, fte_per_post, status,
       version, updated_at, title, specialism, move_kinds, locations, remote_possible, required_skills, behaviours,
       clearance_required, closing_date, visibility)
     VALUES ($1, $2, $3, $4, 1, 1, $5, 2, now(), $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15)`,
    [
      vacancyId,
      seed.departmentCode ?? 'HMRC',
      seed.grade ?? 'SEO',
      seed.profession ?? DDAT,
      seed.status ?? 'OPEN',
      seed.title ?? 'Data scientist',
      seed.specialism === undefined ? 'Data science' : seed.specialism,
      seed.moveKinds ?? ['LEVEL_TRANSFER', 'PROMOTION'],
      seed.locations ?? ['Leeds'],
      seed.remotePossible ?? false,
      JSON.stringify(seed.requiredSkills ?? []),
      seed.behaviours ?? ['Working Together'],
      seed.clearanceRequired ?? null,
      seed.closingDate === undefined ? '2027-01-31' : seed.closingDate,
      seed.visibility ?? 'ALL_DEPARTMENTS',
    ],
  );
  return vacancyId;
}
