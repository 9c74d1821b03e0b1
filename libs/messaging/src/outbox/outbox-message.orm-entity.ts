import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An integration event waiting to be (or already) published. Written in the same transaction as the state change
 * it reports; only the relay reads it. The schema is owned by CreateMessagingOutbox1000000000001.
 */
@Entity({ name: 'outbox_message' })
@Index('outbox_message_unsent_idx', ['id'], { where: '"sent_at" IS NULL' })
@Index('outbox_message_unsent_aggregate_idx', ['aggregateId', 'id'], { where: '"sent_at" IS NULL' })
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

  @Column({ type: 'jsonb' })
  envelope: object;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Publish attempts, successful or not; with last_error it tells an operator why a row is stuck. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
