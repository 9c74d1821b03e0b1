import { EventCatalog, IntegrationEvent } from '@civil/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MessagingLogger, errorFields, stderrLogger } from '../messaging-logger';
import { backoffDelay } from '../retry/backoff';
import { sleep } from '../retry/sleep';
import { withTimeout } from '../retry/with-timeout';
import { MessageTransport, Subscription, TransportMessage } from '../transport/message-transport';
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
      ...options,
      logger: options.logger ?? stderrLogger,
    };
    if (!Number.isInteger(this.options.maxAttempts) || this.options.maxAttempts < 1) {
      throw new RangeError(
        `InboxConsumer maxAttempts must be a positive integer, got ${options.maxAttempts}`,
      );
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
    const { groupId, topics, fromBeginning } = this.options;
    this.subscription = await this.options.transport.subscribe(
      { groupId, topics, fromBeginning },
      (message) => this.take(message),
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
    const { dataSource, groupId, handlers, catalog } = this.options;
    const event = decodeEvent(message, catalog);
    const handler = handlers[event.type] as EventHandler | undefined;
    return dataSource.transaction(async (manager) => {
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
    });
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
