import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consolidated audit trail: every service's AuditRecorded entries, kept by people because most are about people.
 * Append-only like each service's audit_log, with the same trigger function (created by the platform's audit
 * migration, which runs before any service's own).
 */
export class CreateAuditTrail1795480000001 implements MigrationInterface {
  name = 'CreateAuditTrail1795480000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_trail (
        entry_id uuid PRIMARY KEY,
        event_id uuid NOT NULL CONSTRAINT audit_trail_event_id_key UNIQUE,
        service text NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_subject text NOT NULL,
        actor_person_id uuid,
        acting_as text,
        actor_roles text[] NOT NULL,
        action text NOT NULL CONSTRAINT audit_trail_action_check CHECK (action IN ('MUTATION', 'READ')),
        operation text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        subject_person_id uuid,
        changes jsonb,
        trace_id text NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    // auditTrail(subjectId) pages newest first by (occurred_at, entry_id); myData also asks what a person did.
    await queryRunner.query(`
      CREATE INDEX audit_trail_subject_idx ON audit_trail (subject_person_id, occurred_at DESC, entry_id DESC)
      WHERE subject_person_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE INDEX audit_trail_actor_idx ON audit_trail (actor_person_id, occurred_at DESC, entry_id DESC)
      WHERE actor_person_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE ON audit_trail
      FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_trail_no_truncate BEFORE TRUNCATE ON audit_trail
      FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_trail`);
  }
}
