import { Admin, Kafka, logLevel } from 'kafkajs';
import { MessagingLogger, stderrLogger } from '../../messaging-logger';
import {
  BatchHandler,
  MessageHandler,
  MessageTransport,
  OutgoingMessage,
  SubscribeBatchesOptions,
  SubscribeOptions,
  Subscription,
} from '../message-transport';
import { kafkaLogCreator } from './kafka-log-bridge';
import { KafkaProducerSession } from './kafka-producer.session';
import { KafkaConsumerSettings, KafkaDelivery, KafkaSubscription } from './kafka-subscription';
import { withTimeout } from '../../retry/with-timeout';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger?: MessagingLogger;
  /** Upper bound on one publish, connection included; past it the relay rolls back and retries. */
  publishTimeoutMs?: number;
  consumer?: Partial<KafkaConsumerSettings>;
}

// A member that dies is noticed within 10 s and its partitions move on; 1 s heartbeats keep that safe.
const CONSUMER_DEFAULTS: KafkaConsumerSettings = {
  sessionTimeoutMs: 10_000,
  heartbeatIntervalMs: 1_000,
  rebalanceTimeoutMs: 10_000,
  maxWaitTimeMs: 1_000,
  partitionsConsumedConcurrently: 3,
  redelivery: { minMs: 100, maxMs: 5_000 },
  restart: { minMs: 500, maxMs: 10_000 },
};

/** Kafka through kafkajs: the production transport. */
export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly producer: KafkaProducerSession;
  private readonly consumerSettings: KafkaConsumerSettings;
  private readonly subscriptions = new Set<KafkaSubscription>();
  private readonly logger: MessagingLogger;
  private admin?: Admin;

  constructor(options: KafkaTransportOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaTransport needs at least one broker');
    this.logger = options.logger ?? stderrLogger;
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      // Short on purpose: the relay and the consumer have their own unbounded backoff above these retries.
      retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
    });
    this.producer = new KafkaProducerSession(this.kafka, options.publishTimeoutMs ?? 30_000, this.logger);
    this.consumerSettings = { ...CONSUMER_DEFAULTS, ...options.consumer };
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.producer.send(topic, messages);
  }

  subscribe(options: SubscribeOptions, onMessage: MessageHandler): Promise<Subscription> {
    return this.join(options, { onMessage });
  }

  subscribeBatches(options: SubscribeBatchesOptions, onBatch: BatchHandler): Promise<Subscription> {
    if (!Number.isInteger(options.maxBatchSize) || options.maxBatchSize < 1)
      throw new RangeError(`maxBatchSize must be a positive integer, got ${options.maxBatchSize}`);
    return this.join(options, { onBatch, maxBatchSize: options.maxBatchSize });
  }

  private async join(options: SubscribeOptions, delivery: KafkaDelivery): Promise<Subscription> {
    if (options.topics.length === 0)
      throw new Error(`consumer group ${options.groupId} subscribed to no topics`);
    const subscription = new KafkaSubscription(
      this.kafka,
      options,
      delivery,
      this.consumerSettings,
      this.logger,
    );
    this.subscriptions.add(subscription);
    await subscription.start();
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  /** True when a broker answers a metadata request within 5 s; used by readiness probes. */
  async isHealthy(): Promise<boolean> {
    try {
      this.admin ??= this.kafka.admin();
      await withTimeout(this.admin.connect(), 5_000, 'connecting the Kafka admin client');
      await withTimeout(this.admin.describeCluster(), 5_000, 'describing the Kafka cluster');
      return true;
    } catch {
      const admin = this.admin;
      this.admin = undefined;
      await admin?.disconnect().catch(() => undefined);
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await this.producer.close();
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }
}
