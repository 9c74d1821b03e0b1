import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Everything a vacancy says beyond its first draft (issue 5): kinds of move, where, skills, behaviours, clearance,
 * closing date, duration, visibility; when it was published and closed; and the full-text document search reads.
 * Drafts may be incomplete, so the columns a draft can lack are nullable; publishVacancy checks them.
 */
export class AddVacancyDetails1795483000000 implements MigrationInterface {
  name = 'AddVacancyDetails1795483000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE vacancy
        ADD COLUMN specialism varchar(64),
        ADD COLUMN move_kinds text[] NOT NULL DEFAULT '{}',
        ADD COLUMN locations text[] NOT NULL DEFAULT '{}',
        ADD COLUMN remote_possible boolean NOT NULL DEFAULT false,
        ADD COLUMN required_skills jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN skill_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN behaviours text[] NOT NULL DEFAULT '{}',
        ADD COLUMN clearance_required varchar(8),
        ADD COLUMN closing_date date,
        ADD COLUMN duration_months integer
          CONSTRAINT vacancy_duration_range CHECK (duration_months BETWEEN 1 AND 120),
        ADD COLUMN loan_justification text,
        ADD COLUMN hours_per_week numeric(4, 1)
          CONSTRAINT vacancy_hours_range CHECK (hours_per_week > 0 AND hours_per_week <= 37),
        ADD COLUMN visibility varchar(16) NOT NULL DEFAULT 'ALL_DEPARTMENTS'
          CONSTRAINT vacancy_visibility_known CHECK (visibility IN ('ALL_DEPARTMENTS', 'OWN_DEPARTMENT')),
        ADD COLUMN created_by uuid,
        ADD COLUMN published_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD CONSTRAINT vacancy_status_known
          CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'FILLED', 'CANCELLED'))`);
    // Title weighs more than description in ranking. 'english' stems ("analysts" finds "analyst"); generated, so
    // no writer can forget it.
    await queryRunner.query(`
      ALTER TABLE vacancy ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', description), 'B')
      ) STORED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE vacancy
        DROP CONSTRAINT vacancy_status_known,
        DROP COLUMN search_document, DROP COLUMN specialism, DROP COLUMN move_kinds, DROP COLUMN locations,
        DROP COLUMN remote_possible, DROP COLUMN required_skills, DROP COLUMN skill_codes, DROP COLUMN behaviours,
        DROP COLUMN clearance_required, DROP COLUMN closing_date, DROP COLUMN duration_months,
        DROP COLUMN loan_justification, DROP COLUMN hours_per_week, DROP COLUMN visibility, DROP COLUMN created_by,
        DROP COLUMN published_at, DROP COLUMN closed_at`);
  }
}
