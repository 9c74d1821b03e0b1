import type { Identity, Role } from '@civil/auth';
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  /** Correlates logs and events across services for one incoming request. */
  traceId: string;
  /** Who is calling (GraphQL requests); the audit trail records it. */
  identity?: Identity;
  /** The role an authorization policy allowed this request under; the audit trail records it. */
  actingAs?: Role;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, work: () => T): T {
    return storage.run(context, work);
  },
  current(): RequestContext | undefined {
    return storage.getStore();
  },
};
