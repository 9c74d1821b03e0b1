import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What matching needs of a person (issue 7): skills as codes and levels (evidence is free text and stays in people),
 * the skills they want to develop, and their mobility preferences with the consent to be seen by other departments.
 * Filled by PersonSkillsChanged and PersonPreferencesChanged; the defaults are people's own for a new record.
 *
 * The rest serves the two matching reads at full scale (README, "How matches are ranked"). Both shortlists rank a
 * pool of up to about 30,000 rows (the open-to-move people of Operational Delivery at EO and AO) by an upper bound of
 * the score computed in SQL, so every row of the pool is read: from a covering partial index, without touching the
 * table, and from columns small enough that the index stays narrow. Hence the generated columns: each is a compact,
 * already-normalised form of a column above, kept by PostgreSQL, so no writer of these tables has to know of them.
 * - place_key, wanted_place_keys (people) and place_keys (vacancies): places compared as matching compares them,
 *   without case or surrounding spaces.
 * - kinds_wanted_mask: the kinds of move wanted as bits (LEVEL_TRANSFER 1, PROMOTION 2, LOAN 4, SECONDMENT_OUT 8,
 *   SHORT_ASSIGNMENT 16; 0 when none named): a smallint instead of an array of words.
 * - track_specialism_key: for someone on a specialist track of their own profession, the track's specialism ('' when
 *   it has none); otherwise null.
 * - free_to_move_from: the later of the minimum term's end (or people's eligibleToMoveFrom) and the earliest move date.
 * The GIN index finds the people holding a skill a vacancy asks for, whose score the bound cannot otherwise know.
 */
export class AddPersonMatching1795490100000 implements MigrationInterface {
  name = 'AddPersonMatching1795490100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE person_read_model
        ADD COLUMN skills jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN skills_to_develop text[] NOT NULL DEFAULT '{}',
        ADD COLUMN open_to_move boolean NOT NULL DEFAULT false,
        ADD COLUMN share_profile boolean NOT NULL DEFAULT false,
        ADD COLUMN move_kinds_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN departments_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN locations_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN earliest_move_on date`);
    await queryRunner.query(`
      CREATE FUNCTION matching_place_keys(places text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT coalesce(array_agg(lower(btrim(place, E' \\t\\r\\n'))), '{}') FROM unnest(places) AS place $$`);
    await queryRunner.query(`
      ALTER TABLE person_read_model
        ADD COLUMN place_key varchar(64) GENERATED ALWAYS AS (lower(btrim(location, E' \\t\\r\\n'))) STORED,
        ADD COLUMN wanted_place_keys text[] GENERATED ALWAYS AS (matching_place_keys(locations_wanted)) STORED,
        ADD COLUMN kinds_wanted_mask smallint GENERATED ALWAYS AS (
          (CASE WHEN 'LEVEL_TRANSFER' = ANY (move_kinds_wanted) THEN 1 ELSE 0 END) |
          (CASE WHEN 'PROMOTION' = ANY (move_kinds_wanted) THEN 2 ELSE 0 END) |
          (CASE WHEN 'LOAN' = ANY (move_kinds_wanted) THEN 4 ELSE 0 END) |
          (CASE WHEN 'SECONDMENT_OUT' = ANY (move_kinds_wanted) THEN 8 ELSE 0 END) |
          (CASE WHEN 'SHORT_ASSIGNMENT' = ANY (move_kinds_wanted) THEN 16 ELSE 0 END)) STORED,
        ADD COLUMN track_specialism_key varchar(100) GENERATED ALWAYS AS (
          CASE WHEN specialist_track ->> 'profession' = profession
            THEN coalesce(specialist_track ->> 'specialism', '') END) STORED,
        ADD COLUMN free_to_move_from date GENERATED ALWAYS AS (
          greatest(earliest_move_on, coalesce(minimum_term_ends_on, eligible_to_move_from))) STORED`);
    await queryRunner.query(`
      ALTER TABLE vacancy_read_model
        ADD COLUMN place_keys text[] GENERATED ALWAYS AS (matching_place_keys(locations)) STORED`);
    await queryRunner.query(`
      CREATE INDEX person_read_model_candidates_idx
        ON person_read_model (profession, grade, share_profile, department_code)
        INCLUDE (person_id, security_clearance, place_key, wanted_place_keys, departments_wanted, skills_to_develop,
                 kinds_wanted_mask, track_specialism_key, free_to_move_from)
        WHERE open_to_move AND status = 'ACTIVE'`);
    await queryRunner.query(`
      CREATE INDEX person_read_model_candidate_skills_idx ON person_read_model USING gin (skills jsonb_path_ops)
        WHERE open_to_move AND status = 'ACTIVE'`);
    await queryRunner.query(`
      CREATE INDEX vacancy_read_model_open_idx ON vacancy_read_model (grade, closing_date)
        INCLUDE (vacancy_id, department_code, profession, specialism, visibility, remote_possible, clearance_required,
                 place_keys, move_kinds, required_skills)
        WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX vacancy_read_model_open_idx`);
    await queryRunner.query(`DROP INDEX person_read_model_candidate_skills_idx`);
    await queryRunner.query(`DROP INDEX person_read_model_candidates_idx`);
    await queryRunner.query(`ALTER TABLE vacancy_read_model DROP COLUMN place_keys`);
    await queryRunner.query(`
      ALTER TABLE person_read_model
        DROP COLUMN place_key, DROP COLUMN wanted_place_keys, DROP COLUMN kinds_wanted_mask,
        DROP COLUMN track_specialism_key, DROP COLUMN free_to_move_from`);
    await queryRunner.query(`DROP FUNCTION matching_place_keys(text[])`);
    await queryRunner.query(`
      ALTER TABLE person_read_model
        DROP COLUMN skills, DROP COLUMN skills_to_develop, DROP COLUMN open_to_move, DROP COLUMN share_profile,
        DROP COLUMN move_kinds_wanted, DROP COLUMN departments_wanted, DROP COLUMN locations_wanted,
        DROP COLUMN earliest_move_on`);
  }
}
