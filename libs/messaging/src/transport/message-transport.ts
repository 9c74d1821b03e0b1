/** One message to publish. The key is the aggregate id: the broker keeps one key's messages in order. */
export interface OutgoingMessage {
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/** One delivered message, with where it came from so a dead letter can point back at it. */
export interface TransportMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface SubscribeOptions {
  groupId: string;
  topics: string[];
  /** Where a group with no committed position starts. Kafka's default, and ours, is the end of the log. */
  fromBeginning?: boolean;
}

/** Called once per message, in partition order; throwing means "redeliver this message", never "skip it". */
export type MessageHandler = (message: TransportMessage) => Promise<void>;

export interface SubscribeBatchesOptions extends SubscribeOptions {
  /** The most messages handed over in one call. */
  maxBatchSize: number;
}

/** What a batch handler tells the transport while it works through a batch. */
export interface BatchProgress {
  /** That message, and every one before it in the batch, is taken in. */
  acknowledge(message: TransportMessage): void;
  /** Keeps the consumer's membership alive through a long batch; throws when it must give the partition up. */
  heartbeat(): Promise<void>;
}

/**
 * Called with consecutive messages of one partition, in order. Resolving acknowledges the whole batch; throwing
 * means "redeliver from the first message not acknowledged", never "skip it".
 */
export type BatchHandler = (messages: TransportMessage[], progress: BatchProgress) => Promise<void>;

/**
 * What the outbox relay and the inbox consumer need from a broker. Kafka in production; an in-process log for the
 * all-in-one `npm start`, with the same semantics from the consumer's point of view.
 */
export interface MessageTransport {
  readonly kind: 'kafka' | 'in-process';
  /** Resolves once every message is durably accepted (Kafka: acks from all in-sync replicas); throws otherwise. */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /** Each consumer group gets every message at least once; a partition does not advance past a message that threw. */
  subscribe(options: SubscribeOptions, onMessage: MessageHandler): Promise<Subscription>;
  /** The same guarantees as subscribe, several messages of a partition at a time (what is already available). */
  subscribeBatches(options: SubscribeBatchesOptions, onBatch: BatchHandler): Promise<Subscription>;
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}
