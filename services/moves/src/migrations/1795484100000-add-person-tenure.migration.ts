import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What moves needs of a person for eligibility and the tenure hold (issue 6): clearance, the minimum term's end as
 * people computes it, and the specialist track. `specialist_track` holds the track's profession, specialism and
 * grade ladder when people's events carry them, for the "promotion along one's own track" exception.
 */
export class AddPersonTenure1795484100000 implements MigrationInterface {
  name = 'AddPersonTenure1795484100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE person_read_model
        ADD COLUMN security_clearance varchar(8),
        ADD COLUMN minimum_term_ends_on date,
        ADD COLUMN eligible_to_move_from date,
        ADD COLUMN specialist_track_code varchar(64),
        ADD COLUMN specialist_track jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE person_read_model
        DROP COLUMN security_clearance, DROP COLUMN minimum_term_ends_on, DROP COLUMN eligible_to_move_from,
        DROP COLUMN specialist_track_code, DROP COLUMN specialist_track`);
  }
}
