import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moves and applications (issue 6). A move's row is its current state; `move_event` is its timeline, one row per
 * domain event, written in the same transaction. Agreements and the tenure hold are small documents read with the
 * move, never searched, so they are jsonb.
 */
export class CreateMoves1795484000000 implements MigrationInterface {
  name = 'CreateMoves1795484000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE move (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        kind varchar(16) NOT NULL,
        origin varchar(16) NOT NULL CONSTRAINT move_origin_known CHECK (origin IN ('PLANNER', 'APPLICATION')),
        application_id uuid,
        vacancy_id uuid,
        home_department_code varchar(16),
        host_department_code varchar(16),
        external_organisation varchar(200),
        grade varchar(8) NOT NULL,
        profession varchar(64),
        specialism varchar(64),
        requested_start_on date NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        hours_per_week numeric(4, 1),
        payer varchar(8) NOT NULL CONSTRAINT move_payer_known CHECK (payer IN ('HOME', 'HOST')),
        justification text,
        status varchar(24) NOT NULL,
        agreements jsonb NOT NULL,
        tenure_hold jsonb,
        post_requested boolean NOT NULL DEFAULT false,
        stop_reason text,
        version integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT move_dates_ordered CHECK (ends_on IS NULL OR ends_on > starts_on)
      )`);
    await queryRunner.query(`CREATE INDEX move_person_idx ON move (person_id, starts_on DESC)`);
    await queryRunner.query(`CREATE INDEX move_home_idx ON move (home_department_code, status)`);
    await queryRunner.query(`CREATE INDEX move_host_idx ON move (host_department_code, status)`);
    // The scheduler's two questions: which scheduled moves are due to start, which started ones are due to end.
    await queryRunner.query(
      `CREATE INDEX move_due_to_start_idx ON move (starts_on) WHERE status = 'SCHEDULED'`,
    );
    await queryRunner.query(
      `CREATE INDEX move_due_to_end_idx ON move (ends_on) WHERE status IN ('STARTED', 'EXTENDED')`,
    );
    await queryRunner.query(`
      CREATE TABLE move_event (
        move_id uuid NOT NULL REFERENCES move (id),
        version integer NOT NULL,
        type varchar(32) NOT NULL,
        status varchar(24) NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor jsonb NOT NULL,
        details jsonb NOT NULL,
        trace_id text NOT NULL,
        PRIMARY KEY (move_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE vacancy_application (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        vacancy_id uuid NOT NULL,
        home_department_code varchar(16) NOT NULL,
        host_department_code varchar(16) NOT NULL,
        kind varchar(16) NOT NULL,
        statement text NOT NULL,
        status varchar(16) NOT NULL,
        feedback text,
        move_id uuid,
        submitted_at timestamptz NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // One live application per person and vacancy; after withdrawing, they may apply again.
    await queryRunner.query(`
      CREATE UNIQUE INDEX vacancy_application_live_key ON vacancy_application (person_id, vacancy_id)
      WHERE status <> 'WITHDRAWN'`);
    await queryRunner.query(
      `CREATE INDEX vacancy_application_vacancy_idx ON vacancy_application (vacancy_id, submitted_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE vacancy_application`);
    await queryRunner.query(`DROP TABLE move_event`);
    await queryRunner.query(`DROP TABLE move`);
  }
}
