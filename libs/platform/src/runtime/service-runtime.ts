import type { GatewayKeys } from '@civil/auth';
import type { Clock, MessageTransport } from '@civil/messaging';
import type { Logger } from 'pino';

/**
 * What a service needs from whoever starts it. `main.ts` builds one from the environment with a Kafka transport; the
 * all-in-one starter builds one per service with a shared in-process transport. The transport is borrowed: the app
 * stops using it on close but never closes it.
 */
export interface ServiceRuntime {
  /** The service's own database (created when missing). See serviceDatabaseUrl. */
  databaseUrl: string;
  transport: MessageTransport;
  /** Root pino logger; the service logs through a child named after itself. Default: JSON on stdout at info. */
  logger?: Logger;
  /** The gateway's public keys: the subgraph answers only requests carrying an internal token signed with them. */
  gatewayKeys: GatewayKeys;
  clock?: Clock;
  /** When given, the returned app is already listening on it; otherwise call `app.listen(port)`. */
  port?: number;
}
