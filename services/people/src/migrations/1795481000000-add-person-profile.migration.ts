import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Person aggregate's profile: specialist track, employment type, clearance, mobility preferences, and skills with
 * evidence (person_skill) plus skills to develop. Column names and types are shared with people search and the HR
 * import: do not rename them.
 */
export class AddPersonProfile1795481000000 implements MigrationInterface {
  name = 'AddPersonProfile1795481000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE person
        ADD COLUMN specialist_track_code varchar(64),
        ADD COLUMN specialist_track_joined_on date,
        ADD COLUMN employment_type varchar(16) NOT NULL DEFAULT 'PERMANENT'
          CONSTRAINT person_employment_type_check CHECK (employment_type IN ('PERMANENT','FIXED_TERM','INWARD_SECONDEE')),
        ADD COLUMN home_organisation varchar(100),
        ADD COLUMN employment_ends_on date,
        ADD COLUMN security_clearance varchar(8),
        ADD COLUMN left_on date,
        ADD COLUMN open_to_move boolean NOT NULL DEFAULT false,
        ADD COLUMN move_kinds_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN departments_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN locations_wanted text[] NOT NULL DEFAULT '{}',
        ADD COLUMN earliest_move_on date,
        ADD COLUMN share_profile_across_departments boolean NOT NULL DEFAULT false`);
    // The domain enforces these too; the constraints keep a bulk import or a hand-written fix from breaking them.
    await queryRunner.query(`
      ALTER TABLE person
        ADD CONSTRAINT person_status_check CHECK (status IN ('ACTIVE','ON_LOAN','ON_SECONDMENT','LEFT')),
        ADD CONSTRAINT person_fixed_term_ends_check CHECK (employment_type <> 'FIXED_TERM' OR employment_ends_on IS NOT NULL),
        ADD CONSTRAINT person_track_joined_check CHECK ((specialist_track_code IS NULL) = (specialist_track_joined_on IS NULL)),
        ADD CONSTRAINT person_left_on_check CHECK ((status = 'LEFT') = (left_on IS NOT NULL)),
        ADD CONSTRAINT person_move_kinds_wanted_check CHECK (move_kinds_wanted <@
          ARRAY['LEVEL_TRANSFER','PROMOTION','LOAN','SECONDMENT_OUT','SHORT_ASSIGNMENT']::text[])`);
    await queryRunner.query(`
      CREATE TABLE person_skill (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        skill_code varchar(96) NOT NULL,
        level varchar(16) NOT NULL CONSTRAINT person_skill_level_check
          CHECK (level IN ('AWARENESS','WORKING','PRACTITIONER','EXPERT')),
        evidence varchar(500) NOT NULL,
        last_used_on date,
        PRIMARY KEY (person_id, skill_code))`);
    // Search: "who has skill X at level >= Y", answered from the index alone.
    await queryRunner.query(
      `CREATE INDEX person_skill_skill_level_idx ON person_skill (skill_code, level, person_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE person_skill_to_develop (
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        skill_code varchar(96) NOT NULL,
        PRIMARY KEY (person_id, skill_code))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE person_skill_to_develop`);
    await queryRunner.query(`DROP TABLE person_skill`);
    await queryRunner.query(`
      ALTER TABLE person
        DROP CONSTRAINT person_status_check,
        DROP CONSTRAINT person_fixed_term_ends_check,
        DROP CONSTRAINT person_track_joined_check,
        DROP CONSTRAINT person_left_on_check,
        DROP CONSTRAINT person_move_kinds_wanted_check,
        DROP COLUMN specialist_track_code,
        DROP COLUMN specialist_track_joined_on,
        DROP COLUMN employment_type,
        DROP COLUMN home_organisation,
        DROP COLUMN employment_ends_on,
        DROP COLUMN security_clearance,
        DROP COLUMN left_on,
        DROP COLUMN open_to_move,
        DROP COLUMN move_kinds_wanted,
        DROP COLUMN departments_wanted,
        DROP COLUMN locations_wanted,
        DROP COLUMN earliest_move_on,
        DROP COLUMN share_profile_across_departments`);
  }
}
