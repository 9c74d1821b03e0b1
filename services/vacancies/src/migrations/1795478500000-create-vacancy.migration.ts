import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateVacancy1795478500000 implements MigrationInterface {
  name = 'CreateVacancy1795478500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vacancy (
        id uuid PRIMARY KEY,
        department_code varchar(16) NOT NULL,
        title varchar(200) NOT NULL,
        description text NOT NULL,
        grade varchar(8) NOT NULL,
        profession varchar(64) NOT NULL,
        posts integer NOT NULL CONSTRAINT vacancy_posts_positive CHECK (posts >= 1),
        fte_per_post numeric(3, 2) NOT NULL CONSTRAINT vacancy_fte_range CHECK (fte_per_post >= 0.1 AND fte_per_post <= 1.0),
        status varchar(16) NOT NULL,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Open vacancies are counted per department x profession x grade for capacity.
    await queryRunner.query(
      `CREATE INDEX vacancy_department_profession_grade_idx ON vacancy (department_code, profession, grade)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy`);
  }
}
