import { MessagingLogger, stderrLogger } from '../../messaging-logger';
import { BackoffOptions } from '../../retry/backoff';
import {
  BatchHandler,
  MessageHandler,
  MessageTransport,
  OutgoingMessage,
  SubscribeBatchesOptions,
  SubscribeOptions,
  Subscription,
} from '../message-transport';
import { InProcessGroup } from './in-process-group';
import { TopicLog } from './in-process-log';

export interface InProcessTransportOptions {
  /** Per topic, like Kafka's: partitions are what lets different keys be consumed concurrently. */
  partitions?: number;
  redelivery?: BackoffOptions;
  logger?: MessagingLogger;
}

/**
 * The broker for the all-in-one `npm start` mode, where every service runs in one process. Consumers see Kafka's
 * semantics (per-key order, each group gets every message, redelivery on throw) so the outbox relay and the inbox
 * run the same code path in both modes. Nothing survives a restart, which is why production uses Kafka.
 */
export class InProcessTransport implements MessageTransport {
  readonly kind = 'in-process' as const;
  private readonly topics = new Map<string, TopicLog>();
  private readonly groups = new Map<string, InProcessGroup>();
  private readonly partitions: number;
  private readonly redelivery: BackoffOptions;
  private readonly logger: MessagingLogger;
  private closed = false;

  constructor(options: InProcessTransportOptions = {}) {
    this.partitions = options.partitions ?? 6;
    this.redelivery = options.redelivery ?? { minMs: 20, maxMs: 2_000 };
    this.logger = options.logger ?? stderrLogger;
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    this.assertOpen();
    for (const message of messages) {
      if (typeof message.key !== 'string' || typeof message.value !== 'string') {
        throw new TypeError(`in-process publish to ${topic}: key and value must be strings`);
      }
    }
    this.topic(topic).append(messages);
  }

  subscribe(options: SubscribeOptions, onMessage: MessageHandler): Promise<Subscription> {
    return this.join(options, ([message]) => onMessage(message), 1);
  }

  subscribeBatches(options: SubscribeBatchesOptions, onBatch: BatchHandler): Promise<Subscription> {
    if (!Number.isInteger(options.maxBatchSize) || options.maxBatchSize < 1)
      throw new RangeError(`maxBatchSize must be a positive integer, got ${options.maxBatchSize}`);
    return this.join(options, onBatch, options.maxBatchSize);
  }

  private async join(
    options: SubscribeOptions,
    onBatch: BatchHandler,
    maxBatchSize: number,
  ): Promise<Subscription> {
    this.assertOpen();
    if (options.topics.length === 0)
      throw new Error(`consumer group ${options.groupId} subscribed to no topics`);
    const group = this.group(options.groupId);
    const member = group.join(
      options.topics.map((topic) => this.topic(topic)),
      options.fromBeginning ?? false,
      onBatch,
      maxBatchSize,
    );
    let stopped = false;
    return {
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await group.leave(member);
      },
    };
  }

  async isHealthy(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.groups.values()].map((group) => group.close()));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the in-process transport is closed');
  }

  private topic(name: string): TopicLog {
    let log = this.topics.get(name);
    if (!log) {
      log = new TopicLog(name, this.partitions);
      this.topics.set(name, log);
    }
    return log;
  }

  private group(groupId: string): InProcessGroup {
    let group = this.groups.get(groupId);
    if (!group) {
      group = new InProcessGroup(groupId, this.redelivery, this.logger);
      this.groups.set(groupId, group);
    }
    return group;
  }
}
