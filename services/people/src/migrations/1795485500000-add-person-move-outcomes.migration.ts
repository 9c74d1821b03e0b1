import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What people remembers of the moves service's events: which temporary move a person is away on (so that only that
 * move's end brings them home), and each move step already applied to a person (move_id, step), so that the same
 * step told again, under another event id or after later changes, changes nothing.
 */
export class AddPersonMoveOutcomes1795485500000 implements MigrationInterface {
  name = 'AddPersonMoveOutcomes1795485500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN away_on_move_id uuid`);
    await queryRunner.query(`
      CREATE TABLE person_move_step (
        move_id uuid NOT NULL,
        step varchar(32) NOT NULL,
        person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        applied_at timestamptz NOT NULL,
        PRIMARY KEY (move_id, step)
      )`);
    await queryRunner.query(`CREATE INDEX person_move_step_person_idx ON person_move_step (person_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE person_move_step`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN away_on_move_id`);
  }
}
