import type { EventHandler } from '@civil/messaging';

/** A consuming service's provider that says which integration event types it handles, and how. */
export interface InboxHandlers {
  handlers(): Record<string, EventHandler>;
}

export interface ConsumerOptions {
  /** One group per service in production (e.g. `moves`); tests use a unique one each. */
  groupId: string;
  topics: string[];
  /** Resolved from the service's module, so handlers can use its repositories. */
  handlers: abstract new (...args: never[]) => InboxHandlers;
  maxAttempts?: number;
  retryBackoffMs?: number;
}
