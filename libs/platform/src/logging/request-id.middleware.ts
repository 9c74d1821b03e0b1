import { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, traceIdFrom } from './trace-id';

export interface TracedRequest extends IncomingMessage {
  traceId?: string;
}

/** Gives every HTTP request a trace id before anything else sees it, and echoes it so callers can quote it. */
export function requestIdMiddleware(req: TracedRequest, res: ServerResponse, next: () => void): void {
  req.traceId = traceIdFrom(req.headers);
  res.setHeader(REQUEST_ID_HEADER, req.traceId);
  next();
}
