import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEPARTMENTS_SEED } from '../department/infrastructure/seed/departments.seed';

/**
 * The organisations vacancies owns, seeded from department/infrastructure/seed (frozen with this migration), and their
 * establishment: funded posts per department x profession x grade, kept as an append-only history so that the
 * establishment at any date can be read back.
 */
export class CreateDepartment1795483100000 implements MigrationInterface {
  name = 'CreateDepartment1795483100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE department (
        code varchar(16) PRIMARY KEY CONSTRAINT department_code_letters CHECK (code ~ '^[A-Za-z]{2,16}$'),
        name varchar(200) NOT NULL,
        type varchar(32) NOT NULL CONSTRAINT department_type_known CHECK (type IN (
          'MINISTERIAL_DEPARTMENT', 'NON_MINISTERIAL_DEPARTMENT', 'EXECUTIVE_AGENCY', 'DEVOLVED_ADMINISTRATION',
          'OTHER_BODY')),
        parent_code varchar(16) REFERENCES department (code),
        added_at timestamptz NOT NULL DEFAULT now(),
        added_by varchar(200)
      )`);
    // DfE beside DFE would be two departments to a reader and one to everyone else: codes are unique in any case.
    await queryRunner.query(`CREATE UNIQUE INDEX department_code_ci_key ON department (lower(code))`);
    await queryRunner.query(`CREATE INDEX department_parent_idx ON department (parent_code)`);
    await queryRunner.query(
      `INSERT INTO department (code, name, type, parent_code)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[])`,
      [
        DEPARTMENTS_SEED.map((department) => department.code),
        DEPARTMENTS_SEED.map((department) => department.name),
        DEPARTMENTS_SEED.map((department) => department.type),
        DEPARTMENTS_SEED.map((department) => department.parentCode),
      ],
    );

    // Append-only: a change is a new row, never an UPDATE, so the value at any date stays readable and auditable.
    // `version` numbers the rows of one line (department x profession x grade) in the order they were written: it is the
    // EstablishmentChanged event's aggregate version, so a consumer can drop a stale one.
    await queryRunner.query(`
      CREATE TABLE establishment_entry (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        department_code varchar(16) NOT NULL REFERENCES department (code),
        profession varchar(64) NOT NULL,
        grade varchar(8) NOT NULL,
        fte numeric(9, 2) NOT NULL CONSTRAINT establishment_fte_range CHECK (fte >= 0 AND fte <= 1000000),
        effective_from date NOT NULL,
        version integer NOT NULL CONSTRAINT establishment_version_positive CHECK (version > 0),
        set_by_subject varchar(200) NOT NULL,
        set_by_person_id uuid,
        set_at timestamptz NOT NULL,
        trace_id varchar(64),
        CONSTRAINT establishment_entry_line_version_key UNIQUE (department_code, profession, grade, version)
      )`);
    // "The latest row per line on or before a date": DISTINCT ON over this index reads each line's newest rows first.
    await queryRunner.query(`
      CREATE INDEX establishment_entry_in_force_idx
        ON establishment_entry (department_code, profession, grade, effective_from DESC, version DESC)
        INCLUDE (fte)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE establishment_entry`);
    await queryRunner.query(`DROP TABLE department`);
  }
}
