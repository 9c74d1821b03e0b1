import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest aggregate version a consumer group has taken in, per topic and aggregate. An event at or below it is
 * recorded but not handled, so a late or replayed old event never overwrites newer state.
 */
@Entity({ name: 'inbox_aggregate_version' })
export class InboxAggregateVersionOrmEntity {
  @PrimaryColumn({
    name: 'consumer_group',
    type: 'text',
    primaryKeyConstraintName: 'inbox_aggregate_version_pkey',
  })
  consumerGroup: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_aggregate_version_pkey' })
  topic: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'inbox_aggregate_version_pkey' })
  subject: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
