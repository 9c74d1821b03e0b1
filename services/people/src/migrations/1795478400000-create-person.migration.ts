import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePerson1795478400000 implements MigrationInterface {
  name = 'CreatePerson1795478400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Named unique constraints: the repository maps a violation back to the field the client must change.
    await queryRunner.query(`
      CREATE TABLE person (
        id uuid PRIMARY KEY,
        staff_number varchar(16) NOT NULL CONSTRAINT person_staff_number_key UNIQUE,
        given_name varchar(100) NOT NULL,
        family_name varchar(100) NOT NULL,
        work_email varchar(254) NOT NULL CONSTRAINT person_work_email_key UNIQUE,
        department_code varchar(16) NOT NULL,
        grade varchar(8) NOT NULL,
        profession varchar(64) NOT NULL,
        location varchar(64),
        fte numeric(3, 2) NOT NULL CONSTRAINT person_fte_range CHECK (fte >= 0.1 AND fte <= 1.0),
        started_in_post_on date NOT NULL,
        status varchar(16) NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Capacity is counted per department x profession x grade.
    await queryRunner.query(
      `CREATE INDEX person_department_profession_grade_idx ON person (department_code, profession, grade)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE person`);
  }
}
