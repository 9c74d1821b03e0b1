import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReadModels1795478600000 implements MigrationInterface {
  name = 'CreateReadModels1795478600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Copies of the producers' facts, keyed by their ids, with the producer's aggregate version for ordering.
    await queryRunner.query(`
      CREATE TABLE person_read_model (
        person_id uuid PRIMARY KEY,
        department_code varchar(16) NOT NULL,
        grade varchar(8) NOT NULL,
        profession varchar(64) NOT NULL,
        location varchar(64),
        fte numeric(3, 2) NOT NULL,
        started_in_post_on date NOT NULL,
        status varchar(16) NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE vacancy_read_model (
        vacancy_id uuid PRIMARY KEY,
        department_code varchar(16) NOT NULL,
        grade varchar(8) NOT NULL,
        profession varchar(64) NOT NULL,
        posts integer NOT NULL,
        fte_per_post numeric(3, 2) NOT NULL,
        status varchar(16) NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Capacity and matching read both by department x profession x grade.
    await queryRunner.query(
      `CREATE INDEX person_read_model_capacity_idx ON person_read_model (department_code, profession, grade)`,
    );
    await queryRunner.query(
      `CREATE INDEX vacancy_read_model_capacity_idx ON vacancy_read_model (department_code, profession, grade)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy_read_model`);
    await queryRunner.query(`DROP TABLE person_read_model`);
  }
}
