import { InboxConsumer, MessageTransport, MessagingLogger, OutboxRelay } from '@civil/messaging';
import { ALL_EVENTS } from '@civil/contracts';
import { DataSource } from 'typeorm';
import { ConsumerOptions, InboxHandlers } from './inbox-handlers';

export interface MessagingRuntimeOptions {
  name: string;
  dataSource: DataSource;
  transport: MessageTransport;
  logger: MessagingLogger;
  /** Resolved at start, once every provider of the service exists (handlers use its repositories). */
  consumer?: ConsumerOptions & { resolve: () => InboxHandlers };
}

/**
 * Runs the service's outbox relay and, for consumers, its inbox consumer. Stopping waits for in-flight work, so the
 * database outlives both; the transport is borrowed and left open.
 */
export class MessagingRuntime {
  private readonly relay: OutboxRelay;
  private inbox?: InboxConsumer;
  private running = false;

  constructor(private readonly options: MessagingRuntimeOptions) {
    const { dataSource, transport, logger, name } = options;
    this.relay = new OutboxRelay({ dataSource, transport, logger, name });
  }

  get transport(): MessageTransport {
    return this.options.transport;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.relay.start();
    const { consumer, dataSource, transport, logger } = this.options;
    if (!consumer) return;
    this.inbox ??= new InboxConsumer({
      dataSource,
      transport,
      logger,
      groupId: consumer.groupId,
      topics: consumer.topics,
      catalog: ALL_EVENTS,
      handlers: consumer.resolve().handlers(),
      // Only what the service chose: an explicit undefined would override the consumer's defaults.
      ...(consumer.maxAttempts !== undefined && { maxAttempts: consumer.maxAttempts }),
      ...(consumer.retryBackoffMs !== undefined && { retryBackoffMs: consumer.retryBackoffMs }),
    });
    await this.inbox.start();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.inbox?.stop();
    await this.relay.stop();
  }

  backlog(): Promise<number> {
    return this.relay.backlog();
  }
}
