import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every service's own audit log, beside its data so an entry commits with the change it records. Append-only: the
 * trigger refuses UPDATE, DELETE and TRUNCATE whoever asks, so not even a bug in the service can rewrite history.
 * The timestamp sorts it after the messaging tables and before any service's own migrations.
 */
export class CreateAuditLog1000000001001 implements MigrationInterface {
  name = 'CreateAuditLog1000000001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL,
        "service" text NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "actor_subject" text NOT NULL,
        "actor_person_id" uuid,
        "acting_as" text,
        "actor_roles" text[] NOT NULL,
        "action" text NOT NULL CONSTRAINT "audit_log_action_check" CHECK ("action" IN ('MUTATION', 'READ')),
        "operation" text NOT NULL,
        "record_type" text NOT NULL,
        "record_id" text NOT NULL,
        "subject_person_id" uuid,
        "changes" jsonb,
        "trace_id" text NOT NULL,
        CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
      )`);
    // A person's right of access asks for what they did and what was done about them.
    await queryRunner.query(
      `CREATE INDEX "audit_log_actor_person_idx" ON "audit_log" ("actor_person_id", "id") WHERE "actor_person_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_log_subject_person_idx" ON "audit_log" ("subject_person_id", "id") WHERE "subject_person_id" IS NOT NULL`,
    );
    // Shared by every append-only audit table (people's consolidated audit_trail uses it too).
    await queryRunner.query(`
      CREATE FUNCTION "audit_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_refuse_change"()`);
    await queryRunner.query(`
      CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_refuse_change"()`);
  }
}
