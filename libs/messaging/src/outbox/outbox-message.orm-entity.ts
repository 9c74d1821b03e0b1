import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An integration event waiting to be (or already) published. Written in the same transaction as the state change
 * it reports; only the relay reads it. Its insert trigger queues it in outbox_pending: it is unsent exactly while
 * it has a row there. Published rows stay for inspection until the relay prunes them. The schema is owned by the
 * messaging migrations (CreateMessagingOutbox1000000000001, then 1000000000003 and 1000000000004).
 */
@Entity({ name: 'outbox_message' })
export class OutboxMessageOrmEntity {
  /** Insertion order; within one aggregate it is the order events must be published in. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'outbox_message_pkey' })
  id: string;

  @Index('outbox_message_event_id_key', { unique: true })
  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'aggregate_id', type: 'text' })
  aggregateId: string;

  @Column({ name: 'aggregate_version', type: 'integer' })
  aggregateVersion: number;

  @Column({ type: 'text' })
  type: string;

  /** json, not jsonb: kept as the text the writer produced, which is what the relay publishes. */
  @Column({ type: 'json' })
  envelope: object;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Failed publish attempts; with last_error it tells an operator why a row is stuck. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
