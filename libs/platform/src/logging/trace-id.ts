import { randomBytes } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
export const TRACEPARENT_HEADER = 'traceparent';

// W3C Trace Context: version-traceid-parentid-flags; an all-zero trace id is invalid.
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;
// Caller-supplied ids end up in logs and events, so only short, plain tokens are accepted.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type Headers = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** The caller's trace id (traceparent first, then x-request-id), or a new one. */
export function traceIdFrom(headers: Headers): string {
  const traceparent = TRACEPARENT.exec(single(headers[TRACEPARENT_HEADER])?.trim().toLowerCase() ?? '');
  if (traceparent && !/^0+$/.test(traceparent[1])) return traceparent[1];
  const requestId = single(headers[REQUEST_ID_HEADER])?.trim();
  if (requestId && SAFE_REQUEST_ID.test(requestId)) return requestId;
  return newTraceId();
}
