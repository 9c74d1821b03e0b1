import { MigrationInterface, QueryRunner } from 'typeorm';
import { REFERENCE_DATA_SEED } from '../reference-data/infrastructure/seed';

/**
 * The reference data's tables, seeded as version 1 from reference-data/infrastructure/seed (frozen with this
 * migration). Every later change bumps reference_data_version and leaves a row in reference_data_change.
 */
export class CreateReferenceData1795482500000 implements MigrationInterface {
  name = 'CreateReferenceData1795482500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reference_grade (
        code varchar(8) PRIMARY KEY,
        name varchar(100) NOT NULL,
        rank integer NOT NULL CONSTRAINT reference_grade_rank_key UNIQUE,
        minimum_assignment_months integer CHECK (minimum_assignment_months > 0)
      )`);
    // Names are identifiers people and vacancies hold: 'policy' beside 'Policy' would split a profession in two.
    await queryRunner.query(`
      CREATE TABLE reference_profession (
        name varchar(64) PRIMARY KEY,
        profession_group varchar(32) NOT NULL
          CHECK (profession_group IN ('OPERATIONAL_DELIVERY', 'POLICY', 'FUNCTIONAL', 'SPECIALIST'))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX reference_profession_name_ci_key ON reference_profession (lower(name))`,
    );
    await queryRunner.query(`
      CREATE TABLE reference_skill (
        code varchar(96) PRIMARY KEY,
        name varchar(120) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('SKILL', 'BEHAVIOUR')),
        framework varchar(32) NOT NULL,
        role varchar(64)
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_clearance_level (
        code varchar(8) PRIMARY KEY,
        name varchar(64) NOT NULL,
        rank integer NOT NULL CONSTRAINT reference_clearance_level_rank_key UNIQUE
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_specialist_track (
        code varchar(64) PRIMARY KEY,
        profession varchar(64) NOT NULL REFERENCES reference_profession (name),
        specialism varchar(100) NOT NULL,
        grade_ladder varchar(8)[] NOT NULL CHECK (cardinality(grade_ladder) > 0),
        minimum_assignment_months integer NOT NULL CHECK (minimum_assignment_months BETWEEN 1 AND 120)
      )`);
    // One row: the current version. Its row lock orders concurrent changes.
    await queryRunner.query(`
      CREATE TABLE reference_data_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE reference_data_change (
        version bigint PRIMARY KEY,
        changed_at timestamptz NOT NULL,
        record_type varchar(32) NOT NULL,
        record_key varchar(96) NOT NULL,
        changed_by varchar(255) NOT NULL,
        change jsonb NOT NULL
      )`);
    await this.seed(queryRunner);
  }

  private async seed(queryRunner: QueryRunner): Promise<void> {
    const { grades, professions, skills, clearanceLevels, specialistTracks } = REFERENCE_DATA_SEED;
    for (const grade of grades)
      await queryRunner.query(
        `INSERT INTO reference_grade (code, name, rank, minimum_assignment_months) VALUES ($1, $2, $3, $4)`,
        [grade.code, grade.name, grade.rank, grade.minimumAssignmentMonths ?? null],
      );
    for (const profession of professions)
      await queryRunner.query(`INSERT INTO reference_profession (name, profession_group) VALUES ($1, $2)`, [
        profession.name,
        profession.group,
      ]);
    for (const skill of skills)
      await queryRunner.query(
        `INSERT INTO reference_skill (code, name, kind, framework, role) VALUES ($1, $2, $3, $4, $5)`,
        [skill.code, skill.name, skill.kind, skill.framework, skill.role ?? null],
      );
    for (const level of clearanceLevels)
      await queryRunner.query(
        `INSERT INTO reference_clearance_level (code, name, rank) VALUES ($1, $2, $3)`,
        [level.code, level.name, level.rank],
      );
    for (const track of specialistTracks)
      await queryRunner.query(
        `INSERT INTO reference_specialist_track (code, profession, specialism, grade_ladder, minimum_assignment_months)
         VALUES ($1, $2, $3, $4, $5)`,
        [track.code, track.profession, track.specialism, track.gradeLadder, track.minimumAssignmentMonths],
      );
    await queryRunner.query(`INSERT INTO reference_data_version (version, changed_at) VALUES (1, now())`);
    await queryRunner.query(
      `INSERT INTO reference_data_change (version, changed_at, record_type, record_key, changed_by, change)
       VALUES (1, now(), 'ReferenceData', 'seed', 'migration:${this.name}', $1)`,
      [JSON.stringify({ before: null, after: { seeded: Object.keys(REFERENCE_DATA_SEED) } })],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE reference_data_change, reference_data_version, reference_specialist_track,
      reference_clearance_level, reference_skill, reference_profession, reference_grade`);
  }
}
