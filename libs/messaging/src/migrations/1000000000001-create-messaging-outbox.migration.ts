import { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTBOX_CHANNEL } from '../outbox/outbox-channel';

/**
 * The outbox table, its indexes for the relay and the trigger that wakes it. The timestamp is deliberately in 2001:
 * TypeORM orders migrations by timestamp, and a service's own migrations may reference these tables.
 */
export class CreateMessagingOutbox1000000000001 implements MigrationInterface {
  name = 'CreateMessagingOutbox1000000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox_message" (
        "id" BIGSERIAL NOT NULL,
        "event_id" uuid NOT NULL,
        "topic" text NOT NULL,
        "aggregate_id" text NOT NULL,
        "aggregate_version" integer NOT NULL,
        "type" text NOT NULL,
        "envelope" jsonb NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "outbox_message_event_id_key" ON "outbox_message" ("event_id")`,
    );
    // Partial: the relay only ever looks at unsent rows, and sent rows vastly outnumber them.
    await queryRunner.query(
      `CREATE INDEX "outbox_message_unsent_idx" ON "outbox_message" ("id") WHERE "sent_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_unsent_aggregate_idx" ON "outbox_message" ("aggregate_id", "id") WHERE "sent_at" IS NULL`,
    );
    // Per statement, not per row: one wake-up per insert is enough, and NOTIFY is delivered only on commit.
    await queryRunner.query(`
      CREATE FUNCTION "outbox_message_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "outbox_message_notify" AFTER INSERT ON "outbox_message"
      FOR EACH STATEMENT EXECUTE FUNCTION "outbox_message_notify"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP FUNCTION "outbox_message_notify"()`);
  }
}
