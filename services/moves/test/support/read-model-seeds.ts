// What the people and vacancy events would have projected into moves' read models, written straight to its database,
// for tests of moves on its own (the projections themselves are tested with their handlers).
import { uuidv7 } from '@civil/contracts';
import { Client } from 'pg';

export const DDAT = 'Digital, Data and Technology';

export interface PersonSeed {
  personId?: string;
  departmentCode?: string;
  grade?: string;
  securityClearance?: string | null;
  minimumTermEndsOn?: string | null;
  specialistTrack?: { profession: string; specialism?: string; grades: string[] } | null;
}

/** An active SEO in DWP, past their minimum term unless told otherwise. */
export async function seedPerson(db: Client, seed: PersonSeed = {}): Promise<string> {
  const personId = seed.personId ?? uuidv7();
  await db.query(
    `INSERT INTO person_read_model (person_id, department_code, grade, profession, fte, started_in_post_on, status,
       security_clearance, minimum_term_ends_on, specialist_track, version, updated_at)
     VALUES ($1, $2, $3, $4, 1, '2023-01-09', 'ACTIVE', $5, $6, $7::jsonb, 1, now())`,
    [
      personId,
      seed.departmentCode ?? 'DWP',
      seed.grade ?? 'SEO',
      DDAT,
      seed.securityClearance ?? null,
      seed.minimumTermEndsOn ?? null,
      seed.specialistTrack ? JSON.stringify(seed.specialistTrack) : null,
    ],
  );
  return personId;
}

export interface VacancySeed {
  vacancyId?: string;
  departmentCode?: string;
  grade?: string;
  specialism?: string | null;
  moveKinds?: string[];
  visibility?: 'ALL_DEPARTMENTS' | 'OWN_DEPARTMENT';
  closingDate?: string;
  clearanceRequired?: string | null;
  posts?: number;
}

/** An open DSIT vacancy as VacancyPublished records it, at SEO, for level transfers and promotions. */
export async function seedVacancy(db: Client, seed: VacancySeed = {}): Promise<string> {
  const vacancyId = seed.vacancyId ?? uuidv7();
  await db.query(
    `INSERT INTO vacancy_read_model (vacancy_id, department_code, grade, profession, posts, fte_per_post, status,
       version, updated_at, title, specialism, move_kinds, visibility, closing_date, clearance_required)
     VALUES ($1, $2, $3, $4, $5, 1, 'OPEN', 2, now(), 'Data scientist', $6, $7, $8, $9, $10)`,
    [
      vacancyId,
      seed.departmentCode ?? 'DSIT',
      seed.grade ?? 'SEO',
      DDAT,
      seed.posts ?? 1,
      seed.specialism ?? null,
      seed.moveKinds ?? ['LEVEL_TRANSFER', 'PROMOTION'],
      seed.visibility ?? 'ALL_DEPARTMENTS',
      seed.closingDate ?? '2027-01-31',
      seed.clearanceRequired ?? null,
    ],
  );
  return vacancyId;
}
