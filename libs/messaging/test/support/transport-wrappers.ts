import {
  BatchHandler,
  MessageHandler,
  MessageTransport,
  OutgoingMessage,
  SubscribeBatchesOptions,
  SubscribeOptions,
  Subscription,
} from '../../src';

/** Passes everything through to a real transport, with a hook around publish; Kafka itself is never mocked. */
export class HookedTransport implements MessageTransport {
  readonly kind: MessageTransport['kind'];

  constructor(
    private readonly inner: MessageTransport,
    private readonly hooks: {
      beforePublish?: (topic: string, messages: OutgoingMessage[]) => Promise<void>;
      afterPublish?: (topic: string, messages: OutgoingMessage[]) => Promise<void>;
    },
  ) {
    this.kind = inner.kind;
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    await this.hooks.beforePublish?.(topic, messages);
    await this.inner.publish(topic, messages);
    await this.hooks.afterPublish?.(topic, messages);
  }

  subscribe(options: SubscribeOptions, onMessage: MessageHandler): Promise<Subscription> {
    return this.inner.subscribe(options, onMessage);
  }

  subscribeBatches(options: SubscribeBatchesOptions, onBatch: BatchHandler): Promise<Subscription> {
    return this.inner.subscribeBatches(options, onBatch);
  }

  isHealthy(): Promise<boolean> {
    return this.inner.isHealthy();
  }

  /** The inner transport is shared and closed by its owner. */
  async close(): Promise<void> {}
}
