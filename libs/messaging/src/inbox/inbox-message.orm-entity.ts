import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One event a consumer group has taken in, recorded in the same transaction as the handler's effect: a second
 * delivery of the same event id finds this row and does nothing. Keyed by group too, so two consumers in one
 * database (say, two projections of the same topic) each get every event. Schema: CreateMessagingInbox1000000000002.
 */
@Entity({ name: 'inbox_message' })
@Index('inbox_message_processed_at_idx', ['processedAt'])
export class InboxMessageOrmEntity {
  @PrimaryColumn({ name: 'consumer_group', type: 'text', primaryKeyConstraintName: 'inbox_message_pkey' })
  consumerGroup: string;

  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'inbox_message_pkey' })
  eventId: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'aggregate_version', type: 'integer' })
  aggregateVersion: number;

  /** applied: the handler ran; stale: older than what was applied, skipped; unhandled: no handler for the type. */
  @Column({ type: 'text' })
  outcome: 'applied' | 'stale' | 'unhandled';

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
