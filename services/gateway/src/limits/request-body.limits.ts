import { GRAPHQL_PATH } from '@civil/platform';
import { Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LimitCode } from './limit-error';

type Next = (error?: unknown) => void;
type BodyRequest = IncomingMessage & { body?: unknown };

/** What body-parser reports when a body is over its limit: `length` from Content-Length, `received` when streamed. */
interface TooLargeError {
  type: 'entity.too.large';
  limit: number;
  length?: number;
  received?: number;
}

function isTooLarge(error: unknown): error is TooLargeError {
  return typeof error === 'object' && error !== null && (error as TooLargeError).type === 'entity.too.large';
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** Answers a body over the limit with 413 in GraphQL's error shape; passes any other error on. */
export function answerTooLargeBody(maxBodyBytes: number) {
  // Express recognises an error handler by its four parameters.
  return (error: unknown, _req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (!isTooLarge(error)) return next(error);
    const size = error.length !== undefined ? `${error.length} bytes` : `more than ${maxBodyBytes} bytes`;
    sendError(res, 413, `Request body of ${size} exceeds the limit of ${maxBodyBytes} bytes`, {
      code: LimitCode.PAYLOAD_TOO_LARGE,
      limit: maxBodyBytes,
      ...(error.length !== undefined ? { actual: error.length } : {}),
    });
  };
}

/**
 * Apollo Server already refuses a JSON array body (allowBatchedHttpRequests is false), but as a generic BAD_REQUEST;
 * refusing it here gives clients a code of its own and spares Apollo the work.
 */
export function refuseBatches(req: BodyRequest, res: ServerResponse, next: Next): void {
  if (!Array.isArray(req.body)) return next();
  sendError(
    res,
    400,
    `Batched operations are not allowed: send one operation per request (this body holds ${req.body.length})`,
    { code: LimitCode.BATCH_NOT_ALLOWED, limit: 1, actual: req.body.length },
  );
}

export const REQUEST_BODY_LIMITS = Symbol('REQUEST_BODY_LIMITS');

/**
 * Installs the body size limit and the batch refusal on the HTTP server while the gateway module is being built.
 *
 * Nest registers its own body parsers (100 kB, a too-large body answered as a bare Nest 413) when the app
 * initialises, before any module middleware, and createServiceApp initialises the app for us. Parsers registered
 * earlier come first, and Nest then skips its own of the same kind, so the limit is ours and so is the answer.
 */
export function requestBodyLimitsProvider(maxBodyBytes: number): Provider {
  return {
    provide: REQUEST_BODY_LIMITS,
    inject: [HttpAdapterHost],
    useFactory: ({ httpAdapter }: HttpAdapterHost) => {
      if (!(httpAdapter instanceof ExpressAdapter))
        throw new Error('The gateway needs the Express HTTP adapter to limit request bodies');
      httpAdapter.useBodyParser('json', false, { limit: maxBodyBytes });
      httpAdapter.useBodyParser('urlencoded', false, { limit: maxBodyBytes, extended: true });
      httpAdapter.use(answerTooLargeBody(maxBodyBytes));
      httpAdapter.use(GRAPHQL_PATH, refuseBatches);
      return { maxBodyBytes };
    },
  };
}
