import { EventCatalog, IntegrationEvent } from '@civil/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MessagingLogger, errorFields, stderrLogger } from '../messaging-logger';
import { backoffDelay } from '../retry/backoff';
import { sleep } from '../retry/sleep';
import { withTimeout } from '../retry/with-timeout';
import {
  BatchProgress,
  MessageTransport,
  Subscription,
  TransportMessage,
} from '../transport/message-transport';
import { deadLetterOf } from './dead-letter';
import { decodeEvent } from './decode-event';
import { InboxOutcome, PRUNE_PROCESSED, RECORD_EVENT } from './inbox-ledger.sql';

/**
 * Runs inside the inbox transaction: whatever it writes through `manager` commits together with the inbox row.
 * The payload is `any` because handlers sit in a map keyed by type name; the event has already been validated
 * against its contract, so a handler may annotate it with the payload class it registered for.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type EventHandler = (event: IntegrationEvent<any>, manager: EntityManager) => Promise<void>;

export interface InboxConsumerOptions {
  dataSource: DataSource;
  transport: MessageTransport;
  groupId: string;
  catalog: EventCatalog;
  topics: string[];
  /** By event type. A type with no handler is recorded and otherwise ignored. */
  handlers: Record<string, EventHandler>;
  /** Attempts at a message that fails (bad schema or handler error) before it goes to the dead-letter topic. */
  maxAttempts?: number;
  /** The first retry's delay; it doubles per attempt. */
  retryBackoffMs?: number;
  logger?: MessagingLogger;
  /** For a group with no committed position. Defaults to true: a new consumer must not miss earlier events. */
  fromBeginning?: boolean;
  /** How long inbox rows stay; older duplicates are still caught by the per-aggregate version. 0 keeps them. */
  retainProcessedForMs?: number;
  /** Most events of one partition taken in by one transaction; 1 gives each event its own transaction. */
  batchSize?: number;
}

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Takes events in exactly once in effect: each is recorded in the inbox in the same transaction as its handler's
 * effect, so a redelivered event is a no-op, and an event older than the aggregate version already taken in is
 * recorded without running its handler. A message that keeps failing goes to the dead-letter topic after
 * maxAttempts and the partition moves on; while the database itself is unreachable nothing is dead-lettered and the
 * message waits for it.
 */
export class InboxConsumer {
  private readonly options: Required<Omit<InboxConsumerOptions, 'logger'>> & { logger: MessagingLogger };
  private subscription?: Subscription;
  private abort = new AbortController();
  private pruneTimer?: NodeJS.Timeout;

  constructor(options: InboxConsumerOptions) {
    this.options = {
      maxAttempts: 5,
      retryBackoffMs: 200,
      fromBeginning: true,
      retainProcessedForMs: 30 * 24 * 3_600_000,
      batchSize: 100,
      ...options,
      logger: options.logger ?? stderrLogger,
    };
    if (!Number.isInteger(this.options.maxAttempts) || this.options.maxAttempts < 1) {
      throw new RangeError(
        `InboxConsumer maxAttempts must be a positive integer, got ${options.maxAttempts}`,
      );
    }
    if (!Number.isInteger(this.options.batchSize) || this.options.batchSize < 1) {
      throw new RangeError(`InboxConsumer batchSize must be a positive integer, got ${options.batchSize}`);
    }
    for (const type of Object.keys(options.handlers)) {
      if (!options.topics.some((topic) => this.knows(topic, type))) {
        throw new Error(
          `InboxConsumer ${options.groupId}: a handler for ${type}, which none of its topics carries`,
        );
      }
    }
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    this.abort = new AbortController();
    const { groupId, topics, fromBeginning, batchSize } = this.options;
    this.subscription = await this.options.transport.subscribeBatches(
      { groupId, topics, fromBeginning, maxBatchSize: batchSize },
      (messages, progress) => this.takeBatch(messages, progress),
    );
    if (this.options.retainProcessedForMs > 0) {
      this.pruneTimer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
      this.pruneTimer.unref();
    }
  }

  /** Lets the message in hand finish (or abandons its retries, leaving it for redelivery), then leaves the group. */
  async stop(): Promise<void> {
    this.abort.abort();
    clearInterval(this.pruneTimer);
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private knows(topic: string, type: string): boolean {
    try {
      this.options.catalog.definitionFor(topic, type);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The whole batch in one transaction: one commit, one WAL flush, for all of it. Every event still gets its own
   * inbox row and version check, in order, inside that transaction. Should anything in it fail (a bad payload, a
   * handler, the database), the transaction rolls back as a whole and the batch is taken again one event per
   * transaction, which finds the culprit and gives it the usual retries and dead letter.
   */
  private async takeBatch(messages: TransportMessage[], progress: BatchProgress): Promise<void> {
    if (messages.length > 1) {
      try {
        await this.processAll(messages);
        return;
      } catch (error) {
        if (this.abort.signal.aborted) throw error;
      }
    }
    for (const message of messages) {
      await this.take(message);
      progress.acknowledge(message);
      // Each may have spent its retries: a batch of them must not outlast the consumer's session.
      await progress.heartbeat();
    }
  }

  private async processAll(messages: TransportMessage[]): Promise<void> {
    const { dataSource, catalog } = this.options;
    const events = messages.map((message) => decodeEvent(message, catalog));
    await dataSource.transaction(async (manager) => {
      for (const [index, event] of events.entries()) await this.record(manager, messages[index], event);
    });
  }

  private async take(message: TransportMessage): Promise<void> {
    const { maxAttempts, retryBackoffMs, logger, groupId } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.process(message);
        return;
      } catch (error) {
        // An outage is not the message's fault: throwing hands it back to the transport, which redelivers it.
        if (this.abort.signal.aborted || !(await this.databaseReachable())) throw error;
        const where = {
          groupId,
          topic: message.topic,
          partition: message.partition,
          offset: message.offset,
          attempt,
        };
        if (attempt >= maxAttempts) {
          await this.deadLetter(message, error, attempt);
          logger.error({ ...errorFields(error), ...where }, 'event dead-lettered after its last attempt');
          return;
        }
        const delayMs = backoffDelay(attempt, { minMs: retryBackoffMs, maxMs: retryBackoffMs * 32 });
        logger.warn({ ...errorFields(error), ...where, delayMs }, 'event failed; retrying');
        await sleep(delayMs, this.abort.signal);
        // Stopping mid-retry leaves the message uncommitted for whoever consumes the partition next.
        if (this.abort.signal.aborted) throw error;
      }
    }
  }

  private async process(message: TransportMessage): Promise<InboxOutcome> {
    const event = decodeEvent(message, this.options.catalog);
    return this.options.dataSource.transaction((manager) => this.record(manager, message, event));
  }

  /** Records one event and, when it is new and newer, runs its handler, in the caller's transaction. */
  private async record(
    manager: EntityManager,
    message: TransportMessage,
    event: IntegrationEvent,
  ): Promise<InboxOutcome> {
    const { groupId, handlers } = this.options;
    const handler = handlers[event.type] as EventHandler | undefined;
    const recorded: { outcome: InboxOutcome }[] = await manager.query(RECORD_EVENT, [
      groupId,
      event.id,
      message.topic,
      event.type,
      event.subject,
      event.aggregateversion,
      handler ? 'applied' : 'unhandled',
    ]);
    const outcome = recorded[0]?.outcome ?? 'duplicate';
    if (outcome === 'applied' && handler) await handler(event, manager);
    return outcome;
  }

  private async deadLetter(message: TransportMessage, error: unknown, attempts: number): Promise<void> {
    const letter = deadLetterOf(message, {
      error,
      attempts,
      consumerGroup: this.options.groupId,
      failedAt: new Date(),
    });
    // If this publish fails the error propagates and the transport redelivers: a message is never just dropped.
    await this.options.transport.publish(letter.topic, [letter.message]);
  }

  private async databaseReachable(): Promise<boolean> {
    try {
      await withTimeout(this.options.dataSource.query('SELECT 1'), 5_000, 'checking the database');
      return true;
    } catch {
      return false;
    }
  }

  private async prune(): Promise<void> {
    try {
      await this.options.dataSource.query(PRUNE_PROCESSED, [
        this.options.groupId,
        this.options.retainProcessedForMs,
      ]);
    } catch (error) {
      this.options.logger.warn(
        { ...errorFields(error), groupId: this.options.groupId },
        'pruning the inbox failed',
      );
    }
  }
}
