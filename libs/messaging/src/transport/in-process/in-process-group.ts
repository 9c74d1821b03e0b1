import { MessagingLogger, errorFields } from '../../messaging-logger';
import { Backoff, BackoffOptions } from '../../retry/backoff';
import { sleep } from '../../retry/sleep';
import { BatchHandler, TransportMessage } from '../message-transport';
import { StoredMessage, TopicLog } from './in-process-log';

interface Member {
  topics: Set<string>;
  onBatch: BatchHandler;
  maxBatchSize: number;
  inFlight: Set<Promise<void>>;
}

function delivered(topic: string, partition: number, stored: StoredMessage): TransportMessage {
  return {
    topic,
    partition,
    offset: String(stored.offset),
    key: stored.key,
    value: stored.value,
    headers: { ...stored.headers },
  };
}

/**
 * A consumer group over in-memory topics, behaving as Kafka does for a consumer: one committed position per
 * partition, each partition delivered to one member at a time and in order, a message that throws delivered again
 * (after a backoff) before anything behind it, and partitions spread over the members that share the group id.
 * Members take what is available in batches of up to their maxBatchSize; a per-message member has a size of 1.
 */
export class InProcessGroup {
  private readonly members: Member[] = [];
  private readonly positions = new Map<string, number>();
  private readonly pumps = new Map<string, Promise<void>>();
  private readonly topicsSeen = new Set<TopicLog>();

  constructor(
    readonly groupId: string,
    private readonly redelivery: BackoffOptions,
    private readonly logger: MessagingLogger,
  ) {}

  join(logs: TopicLog[], fromBeginning: boolean, onBatch: BatchHandler, maxBatchSize: number): Member {
    const member: Member = {
      topics: new Set(logs.map((log) => log.name)),
      onBatch,
      maxBatchSize,
      inFlight: new Set(),
    };
    this.members.push(member);
    for (const log of logs) {
      this.topicsSeen.add(log);
      log.partitions.forEach((partition, index) => {
        const key = `${log.name}/${index}`;
        // Like auto.offset.reset: only a group with no position yet chooses between the beginning and the end.
        if (!this.positions.has(key)) this.positions.set(key, fromBeginning ? 0 : partition.messages.length);
        if (!this.pumps.has(key)) this.pumps.set(key, this.pump(log, index));
      });
    }
    this.membershipChanged();
    return member;
  }

  /** Like a Kafka consumer's stop: the member gets nothing new, and its message in flight finishes first. */
  async leave(member: Member): Promise<void> {
    const index = this.members.indexOf(member);
    if (index >= 0) this.members.splice(index, 1);
    this.membershipChanged();
    await Promise.allSettled([...member.inFlight]);
  }

  /** Every member leaves; resolves when no pump of this group is running. */
  async close(): Promise<void> {
    await Promise.all([...this.members].map((member) => this.leave(member)));
    await Promise.allSettled([...this.pumps.values()]);
  }

  /** Wakes every idle pump so it re-reads the assignment; a spurious wake only costs a look. */
  private membershipChanged(): void {
    for (const log of this.topicsSeen) for (const partition of log.partitions) partition.announce();
  }

  private assignee(topic: string, partition: number): Member | undefined {
    const eligible = this.members.filter((member) => member.topics.has(topic));
    return eligible.length > 0 ? eligible[partition % eligible.length] : undefined;
  }

  private async pump(log: TopicLog, partition: number): Promise<void> {
    const key = `${log.name}/${partition}`;
    const partitionLog = log.partitions[partition];
    const backoff = new Backoff(this.redelivery);
    for (;;) {
      const member = this.assignee(log.name, partition);
      if (!member) {
        // Removed synchronously so that a member joining next is sure to start a fresh pump.
        this.pumps.delete(key);
        return;
      }
      const position = this.positions.get(key) ?? 0;
      const available = partitionLog.messages.slice(position, position + member.maxBatchSize);
      if (available.length === 0) {
        await partitionLog.appended();
        continue;
      }
      const batch = available.map((stored) => delivered(log.name, partition, stored));
      let acknowledged = 0;
      const delivery = member.onBatch(batch, {
        acknowledge: (message) => {
          acknowledged = Math.max(acknowledged, Number(message.offset) - position + 1);
        },
        // No session to keep alive: a member keeps its partitions until it leaves.
        heartbeat: async () => undefined,
      });
      member.inFlight.add(delivery);
      try {
        await delivery;
        this.positions.set(key, position + batch.length);
        backoff.reset();
      } catch (error) {
        this.positions.set(key, position + acknowledged);
        const delayMs = backoff.nextDelay();
        this.logger.warn(
          {
            ...errorFields(error),
            groupId: this.groupId,
            topic: log.name,
            partition,
            offset: position + acknowledged,
            delayMs,
          },
          'message handler failed; redelivering the same message',
        );
        await sleep(delayMs);
      } finally {
        member.inFlight.delete(delivery);
      }
    }
  }
}
