import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContext {
  /** Correlates logs and events across services for one incoming request. */
  traceId: string;
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
