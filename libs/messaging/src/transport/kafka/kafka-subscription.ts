import { Consumer, ConsumerRunConfig, EachBatchPayload, EachMessagePayload, Kafka } from 'kafkajs';
import { MessagingLogger, errorFields } from '../../messaging-logger';
import { Backoff, BackoffOptions } from '../../retry/backoff';
import { sleep } from '../../retry/sleep';
import {
  BatchHandler,
  MessageHandler,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from '../message-transport';
import { toTransportMessage } from './kafka-message';

export interface KafkaConsumerSettings {
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  rebalanceTimeoutMs: number;
  maxWaitTimeMs: number;
  /** Different partitions in parallel; one partition is always one message at a time, in order. */
  partitionsConsumedConcurrently: number;
  /** Between deliveries of a message whose handler threw. */
  redelivery: BackoffOptions;
  /** Between attempts to bring back a consumer kafkajs gave up on. */
  restart: BackoffOptions;
}

/** One message at a time, or batches of up to maxBatchSize messages. */
export type KafkaDelivery = { onMessage: MessageHandler } | { onBatch: BatchHandler; maxBatchSize: number };

/**
 * One consumer-group member that keeps itself alive. A handler that throws gets the same message again after a
 * backoff, without a rebalance and without the partition moving on; a consumer that kafkajs has crashed for good
 * (it does, for errors it deems non-retriable, e.g. no broker available for a while) is replaced.
 */
export class KafkaSubscription implements Subscription {
  private consumer?: Consumer;
  private stopped = false;
  private restarting?: Promise<void>;
  private readonly abort = new AbortController();
  private readonly restartBackoff: Backoff;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: SubscribeOptions,
    private readonly delivery: KafkaDelivery,
    private readonly settings: KafkaConsumerSettings,
    private readonly logger: MessagingLogger,
  ) {
    this.restartBackoff = new Backoff(settings.restart);
  }

  /**
   * Does not fail when the broker is down: the member keeps trying in the background, so a service still starts
   * (and serves reads) during a Kafka outage, and catches up when the broker returns.
   */
  async start(): Promise<void> {
    await this.launch();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.restarting?.catch(() => undefined);
    await this.consumer?.disconnect().catch(() => undefined);
  }

  private async launch(): Promise<void> {
    const { groupId, topics, fromBeginning = false } = this.options;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.settings.sessionTimeoutMs,
      heartbeatInterval: this.settings.heartbeatIntervalMs,
      rebalanceTimeout: this.settings.rebalanceTimeoutMs,
      maxWaitTimeInMs: this.settings.maxWaitTimeMs,
      allowAutoTopicCreation: false,
      retry: { initialRetryTime: 200, maxRetryTime: 5_000, retries: 8 },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.scheduleRestart(consumer, payload.error);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => this.restartBackoff.reset());
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning });
      await consumer.run(this.runConfig());
    } catch (error) {
      this.scheduleRestart(consumer, error);
    }
  }

  private runConfig(): ConsumerRunConfig {
    const { partitionsConsumedConcurrently } = this.settings;
    const delivery = this.delivery;
    if ('onMessage' in delivery) {
      return {
        partitionsConsumedConcurrently,
        eachMessage: (payload) => this.deliver(payload, delivery.onMessage),
      };
    }
    return {
      partitionsConsumedConcurrently,
      // Offsets are resolved as messages are acknowledged, never past one that was not taken in.
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.deliverBatch(payload, delivery.onBatch, delivery.maxBatchSize),
    };
  }

  private scheduleRestart(consumer: Consumer, cause: unknown): void {
    if (this.stopped || this.consumer !== consumer || this.restarting) return;
    const delayMs = this.restartBackoff.nextDelay();
    this.logger.warn(
      { ...errorFields(cause), groupId: this.options.groupId, delayMs },
      'Kafka consumer stopped; starting a new one after a backoff',
    );
    this.restarting = (async () => {
      await consumer.disconnect().catch(() => undefined);
      await sleep(delayMs, this.abort.signal);
      this.restarting = undefined;
      if (!this.stopped) await this.launch();
    })();
  }

  private async deliver(
    { topic, partition, message, heartbeat }: EachMessagePayload,
    onMessage: MessageHandler,
  ): Promise<void> {
    const delivered = toTransportMessage(topic, partition, message);
    const backoff = new Backoff(this.settings.redelivery);
    for (;;) {
      try {
        await onMessage(delivered);
        return;
      } catch (error) {
        // Rethrowing leaves the offset uncommitted, so whoever owns the partition next gets this message again.
        if (this.stopped) throw error;
        const delayMs = backoff.nextDelay();
        this.logger.warn(
          {
            ...errorFields(error),
            groupId: this.options.groupId,
            topic,
            partition,
            offset: message.offset,
            delayMs,
          },
          'message handler failed; redelivering the same message',
        );
        await sleep(delayMs, this.abort.signal);
        if (this.stopped) throw error;
        // Keeps the membership alive during a long run of retries; throws if the group is rebalancing.
        await heartbeat();
      }
    }
  }

  /**
   * What kafkajs fetched for one partition, in slices of maxBatchSize. A slice that throws is handed over again
   * from its first unacknowledged message, after a backoff, exactly as deliver() does for one message.
   */
  private async deliverBatch(
    { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload,
    onBatch: BatchHandler,
    maxBatchSize: number,
  ): Promise<void> {
    let waiting = batch.messages.map((message) => toTransportMessage(batch.topic, batch.partition, message));
    const backoff = new Backoff(this.settings.redelivery);
    while (waiting.length > 0) {
      // Rebalanced away or seeking: what is left is delivered again from the committed offset.
      if (!isRunning() || isStale()) return;
      const slice = waiting.slice(0, maxBatchSize);
      let acknowledged = 0;
      const acknowledge = (message: TransportMessage): void => {
        resolveOffset(message.offset);
        acknowledged = Math.max(acknowledged, slice.indexOf(message) + 1);
      };
      try {
        await onBatch(slice, { acknowledge, heartbeat });
        acknowledged = slice.length;
        resolveOffset(slice[slice.length - 1].offset);
        backoff.reset();
      } catch (error) {
        if (this.stopped) throw error;
        const delayMs = backoff.nextDelay();
        this.logger.warn(
          {
            ...errorFields(error),
            groupId: this.options.groupId,
            topic: batch.topic,
            partition: batch.partition,
            offset: slice[acknowledged]?.offset,
            delayMs,
          },
          'message handler failed; redelivering the same message',
        );
        await sleep(delayMs, this.abort.signal);
        if (this.stopped) throw error;
      } finally {
        waiting = waiting.slice(acknowledged);
      }
      // Keeps the membership alive through a long batch; throws if the group is rebalancing.
      await heartbeat();
    }
  }
}
