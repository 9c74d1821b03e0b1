import { PoolClient, QueryResult } from 'pg';
import { DataSource } from 'typeorm';
import { MessagingLogger, errorFields, stderrLogger } from '../messaging-logger';
import { Backoff } from '../retry/backoff';
import { sleep } from '../retry/sleep';
import { WakeSignal } from '../retry/wake-signal';
import { MessageTransport, OutgoingMessage } from '../transport/message-transport';
import { CLOUDEVENTS_CONTENT_TYPE } from '../wire/cloudevents';
import { OutboxNotificationListener, listenerConnectionConfig } from './outbox-notification.listener';
import {
  BEGIN_CLAIM,
  COUNT_UNSENT,
  ClaimedRow,
  PRUNE_SENT,
  RECORD_FAILURE,
  RELEASE_ROWS,
  VACUUM_QUEUE,
  claimBatch,
} from './outbox-relay.sql';

export interface OutboxRelayOptions {
  dataSource: DataSource;
  transport: MessageTransport;
  /** Rows per cycle. Each distinct aggregate in a batch holds one advisory lock, hence the cap of 1000. */
  batchSize?: number;
  /**
   * Cycles in flight at once. With 2, one cycle's database work overlaps the other's publish; they claim different
   * aggregates exactly as two relays do, so per-aggregate order holds.
   */
  concurrency?: number;
  /** The fallback when no NOTIFY arrives (LISTEN connection down, or another relay held the aggregates). */
  pollIntervalMs?: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  logger?: MessagingLogger;
  name?: string;
  /**
   * How long published rows stay for inspection, counted from when they were written, before the relay deletes
   * them; 0 keeps them forever. Unpublished rows are never deleted.
   */
  retainSentForMs?: number;
}

const PRUNE_EVERY_MS = 10 * 60_000;
const VACUUM_QUEUE_EVERY_ROWS = 10_000;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// One object for every message rather than one each: transports only read headers (or copy them).
const HEADERS: Record<string, string> = { 'content-type': CLOUDEVENTS_CONTENT_TYPE };

function toMessage(row: ClaimedRow): OutgoingMessage {
  return { key: row.aggregate_id, value: row.value, headers: HEADERS };
}

/**
 * Publishes outbox rows: wakes on NOTIFY (polling as a fallback), claims a batch (taking it out of outbox_pending),
 * publishes it in id order with one send per topic, and commits. A failed publish rolls back and is retried with capped exponential
 * backoff, forever: the relay never drops a row and never takes the process down. Publishing happens before the
 * commit, so a crash in between publishes the batch again: delivery is at least once, and the inbox deduplicates.
 */
export class OutboxRelay {
  readonly name: string;
  private readonly dataSource: DataSource;
  private readonly transport: MessageTransport;
  private readonly batchSize: number;
  private readonly claimSql: string;
  private readonly concurrency: number;
  private readonly pollIntervalMs: number;
  private readonly retainSentForMs: number;
  private readonly logger: MessagingLogger;
  private readonly backoff: { minMs: number; maxMs: number };
  private readonly wake = new WakeSignal();
  private listener?: OutboxNotificationListener;
  private abort = new AbortController();
  private loop?: Promise<void>;
  private lastPruneAt = 0;
  private claimedSinceVacuum = 0;

  constructor(options: OutboxRelayOptions) {
    this.dataSource = options.dataSource;
    this.transport = options.transport;
    this.batchSize = options.batchSize ?? 250;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1 || this.batchSize > 1000) {
      throw new RangeError(
        `OutboxRelay batchSize must be an integer from 1 to 1000, got ${options.batchSize}`,
      );
    }
    this.claimSql = `${BEGIN_CLAIM};${claimBatch(this.batchSize)}`;
    this.concurrency = options.concurrency ?? 2;
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      throw new RangeError(`OutboxRelay concurrency must be a positive integer, got ${options.concurrency}`);
    }
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.retainSentForMs = options.retainSentForMs ?? 7 * 24 * 3_600_000;
    this.logger = options.logger ?? stderrLogger;
    this.name = options.name ?? 'outbox-relay';
    this.backoff = { minMs: options.minBackoffMs ?? 100, maxMs: options.maxBackoffMs ?? 10_000 };
    new Backoff(this.backoff); // validates the bounds now rather than at the first failure
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.abort = new AbortController();
    this.listener = new OutboxNotificationListener(
      listenerConnectionConfig(this.dataSource),
      () => this.wake.wake(),
      this.logger,
      { minMs: 200, maxMs: 5_000 },
    );
    await this.listener.start();
    this.loop = Promise.all(Array.from({ length: this.concurrency }, (_, worker) => this.run(worker))).then(
      () => undefined,
    );
    this.logger.info({ relay: this.name, transport: this.transport.kind }, 'outbox relay started');
  }

  /** Finishes the cycle in progress (publish included), then stops. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.abort.abort();
    this.wake.wake();
    await this.loop;
    this.loop = undefined;
    await this.listener?.stop();
    this.listener = undefined;
  }

  async backlog(): Promise<number> {
    const [row] = await this.dataSource.query(COUNT_UNSENT);
    return row.unsent;
  }

  /**
   * One claim, publish and commit cycle. Returns the rows sent. Throws when publishing failed: after rolling back
   * when nothing went out, or, when only some topics failed, after committing the rows of the topics that succeeded,
   * so that one broken topic does not hold back the others.
   */
  async relayOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    let client: PoolClient | undefined;
    let claimed: ClaimedRow[] = [];
    let committed = false;
    try {
      // The pool's own client: TypeORM's query() drops the results of a multi-statement query, and BEGIN plus the
      // claim in one simple-protocol message saves a round trip per cycle.
      client = (await runner.connect()) as PoolClient;
      const results = (await client.query(this.claimSql)) as unknown as QueryResult<ClaimedRow>[];
      claimed = results[results.length - 1].rows;
      const failure = claimed.length > 0 ? await this.publish(claimed) : undefined;
      if (failure && failure.rows.length === claimed.length) throw failure.error;
      if (failure)
        await client.query(RELEASE_ROWS, [failure.rows.map((row) => row.id), messageOf(failure.error)]);
      await client.query('COMMIT');
      committed = true;
      if (failure) {
        throw new Error(
          `published ${claimed.length - failure.rows.length} of ${claimed.length} outbox rows; ` +
            `the rest stay unsent: ${messageOf(failure.error)}`,
        );
      }
      return claimed.length;
    } catch (error) {
      if (!committed) {
        await client?.query('ROLLBACK').catch(() => undefined);
        await this.recordFailure(claimed, error);
      }
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Publishes each topic's rows in one send, topics in parallel; returns the rows of the topics that failed. */
  private async publish(rows: ClaimedRow[]): Promise<{ rows: ClaimedRow[]; error: unknown } | undefined> {
    const byTopic = new Map<string, ClaimedRow[]>();
    for (const row of rows) {
      const topicRows = byTopic.get(row.topic) ?? [];
      topicRows.push(row);
      byTopic.set(row.topic, topicRows);
    }
    // Topics are independent logs, so they go out in parallel; within a topic one send keeps the id order.
    // An aggregate's events all go to one topic, so per-aggregate order survives a topic failing alone.
    const topics = [...byTopic];
    const results = await Promise.allSettled(
      topics.map(([topic, topicRows]) => this.transport.publish(topic, topicRows.map(toMessage))),
    );
    const failed = topics.filter((_, index) => results[index].status === 'rejected');
    if (failed.length === 0) return undefined;
    const firstFailure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    return { rows: failed.flatMap(([, topicRows]) => topicRows), error: firstFailure.reason };
  }

  private async recordFailure(rows: ClaimedRow[], error: unknown): Promise<void> {
    if (rows.length === 0) return;
    // Best effort: when the database is what failed, this fails too, and the rows simply stay unsent.
    await this.dataSource
      .query(RECORD_FAILURE, [rows.map((row) => row.id), messageOf(error)])
      .catch(() => undefined);
  }

  private async run(worker: number): Promise<void> {
    const { signal } = this.abort;
    const backoff = new Backoff(this.backoff);
    while (!signal.aborted) {
      let sent: number;
      try {
        sent = await this.relayOnce();
        backoff.reset();
      } catch (error) {
        const delayMs = backoff.nextDelay();
        this.logger.error(
          {
            ...errorFields(error),
            relay: this.name,
            worker,
            consecutiveFailures: backoff.consecutiveFailures,
            delayMs,
          },
          'outbox relay cycle failed; rows stay unsent and will be retried',
        );
        await sleep(delayMs, signal);
        continue;
      }
      await this.vacuumQueueIfDue(sent);
      await this.pruneIfDue();
      // A cycle that sent something may have left more behind; only an empty one waits. A sibling cycle may have
      // come back empty only because this one held the aggregates: its commit released them, so wake it rather
      // than leave it asleep until the next poll.
      if (sent > 0 && this.concurrency > 1) this.wake.wake();
      if (sent === 0 && !signal.aborted) await this.wake.wait(this.pollIntervalMs);
    }
  }

  private async vacuumQueueIfDue(sent: number): Promise<void> {
    this.claimedSinceVacuum += sent;
    if (this.claimedSinceVacuum < VACUUM_QUEUE_EVERY_ROWS) return;
    this.claimedSinceVacuum = 0;
    try {
      await this.dataSource.query(VACUUM_QUEUE);
    } catch (error) {
      this.logger.warn({ ...errorFields(error), relay: this.name }, 'vacuuming outbox_pending failed');
    }
  }

  private async pruneIfDue(): Promise<void> {
    if (this.retainSentForMs <= 0 || Date.now() - this.lastPruneAt < PRUNE_EVERY_MS) return;
    this.lastPruneAt = Date.now();
    try {
      await this.dataSource.query(PRUNE_SENT, [this.retainSentForMs]);
    } catch (error) {
      this.logger.warn({ ...errorFields(error), relay: this.name }, 'pruning sent outbox rows failed');
    }
  }
}
