import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * outbox_message.envelope from jsonb to json. The relay reads every envelope once, as text, to publish it; jsonb had
 * to be printed back to text for that (about 4 µs a row, a fifth of the relay's database time per batch), while json
 * is kept as the text the writer produced and validated. Nothing queries inside envelopes beyond `->>`, which json
 * has too. The published bytes become exactly what OutboxWriter serialised instead of jsonb's normalised form; both
 * are the same JSON value.
 * This rewrites the table under an exclusive lock: writers wait for it, in proportion to the retained sent rows.
 */
export class StoreOutboxEnvelopeAsJson1000000000004 implements MigrationInterface {
  name = 'StoreOutboxEnvelopeAsJson1000000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ALTER COLUMN "envelope" TYPE json USING "envelope"::json`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ALTER COLUMN "envelope" TYPE jsonb USING "envelope"::jsonb`,
    );
  }
}
