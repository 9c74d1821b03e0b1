import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Post reservations (issue 5): one row per move that asked for a post, whatever the answer, so a redelivered request
 * gets the same answer. Live = RESERVED or FILLED; a vacancy's live rows are counted under its row lock, never kept as
 * a counter. No foreign key to vacancy: a request naming an unknown vacancy is answered and recorded too.
 *
 * On vacancy: why it was cancelled, and `event_version`, the order of every event published about the vacancy
 * (lifecycle and reservation answers share its subject, and consumers' inboxes apply only newer versions).
 */
export class CreatePostReservation1795483200000 implements MigrationInterface {
  name = 'CreatePostReservation1795483200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE post_reservation (
        move_id uuid PRIMARY KEY,
        vacancy_id uuid NOT NULL,
        person_id uuid NOT NULL,
        status varchar(16) NOT NULL
          CONSTRAINT post_reservation_status_known CHECK (status IN ('RESERVED', 'FILLED', 'RELEASED', 'REFUSED')),
        refusal_reason varchar(32),
        requested_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT post_reservation_refusal_has_reason CHECK ((status = 'REFUSED') = (refusal_reason IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX post_reservation_vacancy_idx ON post_reservation (vacancy_id, status)`,
    );
    await queryRunner.query(`
      ALTER TABLE vacancy
        ADD COLUMN cancellation_reason text,
        ADD COLUMN event_version integer NOT NULL DEFAULT 0`);
    // The auto-close job's question (open vacancies past their closing date) uses search's vacancy_open_closing_idx
    // (closing_date, id) WHERE status = 'OPEN' (migration 1795483300000).
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vacancy DROP COLUMN cancellation_reason, DROP COLUMN event_version`);
    await queryRunner.query(`DROP TABLE post_reservation`);
  }
}
