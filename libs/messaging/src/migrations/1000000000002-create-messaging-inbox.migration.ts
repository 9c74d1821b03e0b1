import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox (one row per event taken in) and the newest version taken in per aggregate. See the ORM entities. */
export class CreateMessagingInbox1000000000002 implements MigrationInterface {
  name = 'CreateMessagingInbox1000000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "inbox_message" (
        "consumer_group" text NOT NULL,
        "event_id" uuid NOT NULL,
        "topic" text NOT NULL,
        "type" text NOT NULL,
        "subject" text NOT NULL,
        "aggregate_version" integer NOT NULL,
        "outcome" text NOT NULL,
        "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "inbox_message_pkey" PRIMARY KEY ("consumer_group", "event_id")
      )`);
    // For pruning old rows; the version table keeps deduplicating what pruning forgets.
    await queryRunner.query(
      `CREATE INDEX "inbox_message_processed_at_idx" ON "inbox_message" ("processed_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "inbox_aggregate_version" (
        "consumer_group" text NOT NULL,
        "topic" text NOT NULL,
        "subject" text NOT NULL,
        "version" integer NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "inbox_aggregate_version_pkey" PRIMARY KEY ("consumer_group", "topic", "subject")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_aggregate_version"`);
    await queryRunner.query(`DROP TABLE "inbox_message"`);
  }
}
