import { Client, ClientConfig } from 'pg';
import { DataSource } from 'typeorm';
import { MessagingLogger, errorFields } from '../messaging-logger';
import { Backoff, BackoffOptions } from '../retry/backoff';
import { withTimeout } from '../retry/with-timeout';
import { OUTBOX_CHANNEL } from './outbox-channel';

/** The pool's own connection settings (URL, credentials, TLS), so the listener reaches the same database. */
export function listenerConnectionConfig(dataSource: DataSource): ClientConfig {
  if (dataSource.options.type !== 'postgres') {
    throw new Error(`the outbox relay needs PostgreSQL (LISTEN/NOTIFY), not ${dataSource.options.type}`);
  }
  const pool = (dataSource.driver as unknown as { master?: { options?: ClientConfig } }).master;
  if (!pool?.options) throw new Error('the outbox relay needs an initialized DataSource');
  return { ...pool.options, keepAlive: true };
}

/**
 * A dedicated connection that LISTENs for outbox inserts. It is not taken from the pool (it would hold a pool slot
 * forever), reconnects with backoff when it drops, and wakes the relay after every reconnect because a NOTIFY sent
 * while it was away is gone. A quiet check every checkIntervalMs catches a connection that died without a word.
 */
export class OutboxNotificationListener {
  private client?: Client;
  private stopped = false;
  private retryTimer?: NodeJS.Timeout;
  private checkTimer?: NodeJS.Timeout;
  private readonly backoff: Backoff;

  constructor(
    private readonly config: ClientConfig,
    private readonly onNotify: () => void,
    private readonly logger: MessagingLogger,
    backoff: BackoffOptions,
    private readonly checkIntervalMs = 30_000,
  ) {
    this.backoff = new Backoff(backoff);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
    this.checkTimer = setInterval(() => void this.check(), this.checkIntervalMs);
    this.checkTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.checkTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Whether LISTEN is in place right now; while it is not, the relay relies on polling. */
  get connected(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    const client = new Client(this.config);
    this.client = client;
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the LISTEN connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${OUTBOX_CHANNEL}"`);
      this.backoff.reset();
      this.onNotify();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private async check(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await withTimeout(client.query('SELECT 1'), 5_000, 'checking the LISTEN connection');
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error: unknown): void {
    if (this.stopped || client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    const delayMs = this.backoff.nextDelay();
    this.logger.warn(
      { ...errorFields(error), delayMs },
      'outbox LISTEN connection lost; reconnecting (polling meanwhile)',
    );
    this.retryTimer = setTimeout(() => void this.connect(), delayMs);
    this.retryTimer.unref();
  }
}
