import { MigrationInterface, QueryRunner } from 'typeorm';
import { OUTBOX_CHANNEL } from '../outbox/outbox-channel';

/**
 * "Not yet published" moves from outbox_message.sent_at into a narrow queue table, outbox_pending: the insert
 * trigger adds a row, the relay's claim deletes it, and an outbox_message without one has been published.
 *
 * Why: marking sent_at was an UPDATE of the whole ~600-byte row, and never a HOT one (sent_at was in the partial
 * indexes' predicate), so each published event cost a new heap tuple plus new primary key and event id index
 * entries; and, with no statistics yet on a freshly filled table, the planner read every unsent row to find the
 * oldest few. outbox_message is now written once and keeps its published rows for inspection until pruned, as
 * before; attempts and last_error stay on it and only change when a publish fails.
 */
export class CreateOutboxPending1000000000003 implements MigrationInterface {
  name = 'CreateOutboxPending1000000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Writers wait for these few statements, so no row can slip in between the backfill and the new trigger.
    await queryRunner.query(`LOCK TABLE "outbox_message" IN SHARE ROW EXCLUSIVE MODE`);
    // A queue whose rows live for milliseconds: vacuum it by its count of dead rows, never by a share of its size.
    // Only the primary key: the relay takes the oldest ids, and deletes by id.
    await queryRunner.query(`
      CREATE TABLE "outbox_pending" (
        "id" bigint NOT NULL,
        "aggregate_id" text NOT NULL,
        CONSTRAINT "outbox_pending_pkey" PRIMARY KEY ("id")
      ) WITH (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000)`);
    await queryRunner.query(`
      INSERT INTO "outbox_pending" ("id", "aggregate_id")
      SELECT "id", "aggregate_id" FROM "outbox_message" WHERE "sent_at" IS NULL`);
    await queryRunner.query(`DROP INDEX "outbox_message_unsent_idx"`);
    await queryRunner.query(`DROP INDEX "outbox_message_unsent_aggregate_idx"`);
    // A relay of the previous version still running during a rolling deploy fails its cycles from here on and
    // retries; the new relays publish everything it had not.
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "sent_at"`);
    // One statement trigger both queues and wakes: its transition table costs one INSERT per statement, not per row.
    await queryRunner.query(`DROP TRIGGER "outbox_message_notify" ON "outbox_message"`);
    await queryRunner.query(`DROP FUNCTION "outbox_message_notify"()`);
    await queryRunner.query(`
      CREATE FUNCTION "outbox_message_enqueue"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "outbox_pending" ("id", "aggregate_id") SELECT "id", "aggregate_id" FROM inserted;
        PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "outbox_message_enqueue" AFTER INSERT ON "outbox_message"
      REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION "outbox_message_enqueue"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`LOCK TABLE "outbox_message" IN SHARE ROW EXCLUSIVE MODE`);
    await queryRunner.query(`DROP TRIGGER "outbox_message_enqueue" ON "outbox_message"`);
    await queryRunner.query(`DROP FUNCTION "outbox_message_enqueue"()`);
    await queryRunner.query(`
      CREATE FUNCTION "outbox_message_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${OUTBOX_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "outbox_message_notify" AFTER INSERT ON "outbox_message"
      FOR EACH STATEMENT EXECUTE FUNCTION "outbox_message_notify"()`);
    await queryRunner.query(`ALTER TABLE "outbox_message" ADD COLUMN "sent_at" TIMESTAMP WITH TIME ZONE`);
    // When a row was published is not recorded any more; its creation time is the nearest bound.
    await queryRunner.query(`
      UPDATE "outbox_message" m SET "sent_at" = m."created_at"
      WHERE NOT EXISTS (SELECT 1 FROM "outbox_pending" p WHERE p."id" = m."id")`);
    await queryRunner.query(
      `CREATE INDEX "outbox_message_unsent_idx" ON "outbox_message" ("id") WHERE "sent_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_unsent_aggregate_idx" ON "outbox_message" ("aggregate_id", "id") WHERE "sent_at" IS NULL`,
    );
    await queryRunner.query(`DROP TABLE "outbox_pending"`);
  }
}
