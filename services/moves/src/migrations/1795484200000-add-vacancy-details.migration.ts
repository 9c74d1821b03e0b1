import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of VacancyPublished's record, for eligibility (kinds offered, visibility, closing date, clearance) and,
 * later, matching (skills, behaviours, locations). Filled by the next VacancyPublished or VacancyChanged.
 */
export class AddVacancyDetails1795484200000 implements MigrationInterface {
  name = 'AddVacancyDetails1795484200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE vacancy_read_model
        ADD COLUMN title varchar(200),
        ADD COLUMN specialism varchar(64),
        ADD COLUMN move_kinds text[] NOT NULL DEFAULT '{}',
        ADD COLUMN locations text[] NOT NULL DEFAULT '{}',
        ADD COLUMN remote_possible boolean NOT NULL DEFAULT false,
        ADD COLUMN required_skills jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN behaviours text[] NOT NULL DEFAULT '{}',
        ADD COLUMN clearance_required varchar(8),
        ADD COLUMN closing_date date,
        ADD COLUMN duration_months integer,
        ADD COLUMN hours_per_week numeric(4, 1),
        ADD COLUMN visibility varchar(16) NOT NULL DEFAULT 'ALL_DEPARTMENTS'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE vacancy_read_model
        DROP COLUMN title, DROP COLUMN specialism, DROP COLUMN move_kinds, DROP COLUMN locations,
        DROP COLUMN remote_possible, DROP COLUMN required_skills, DROP COLUMN behaviours,
        DROP COLUMN clearance_required, DROP COLUMN closing_date, DROP COLUMN duration_months,
        DROP COLUMN hours_per_week, DROP COLUMN visibility`);
  }
}
