import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The relay's queue: one row per outbox_message not yet published, added by outbox_message's insert trigger and
 * deleted by the claim that publishes it. Narrow on purpose, so finding and taking the oldest work reads few pages.
 * The schema is owned by CreateOutboxPending1000000000003.
 */
@Entity({ name: 'outbox_pending' })
export class OutboxPendingOrmEntity {
  /** outbox_message.id. */
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'outbox_pending_pkey' })
  id: string;

  /** Copied from outbox_message, so the claim can pick whole aggregates without reading the wide rows. */
  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId: string;
}
