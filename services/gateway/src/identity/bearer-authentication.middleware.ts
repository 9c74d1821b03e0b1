import {
  ANONYMOUS,
  AuthenticatedRequest,
  BearerTokenError,
  bearerCredentialsOf,
  BearerTokenVerifier,
} from '@civil/auth';
import { ErrorCode, Logger, TracedRequest } from '@civil/platform';
import type { ServerResponse } from 'node:http';

type Next = (error?: unknown) => void;

// One message for every refusal: which check failed (expiry, signature, issuer...) stays in the gateway's log, as it
// would tell someone forging tokens how far they got.
const REFUSED =
  'Your bearer token was refused: it is invalid or has expired. Sign in again to get a new one.';
const UNAVAILABLE =
  'Your bearer token could not be checked right now: the identity provider did not answer. Try again shortly.';

function answer(res: ServerResponse, status: number, message: string, code: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  // RFC 6750: tells a client that fetching a new token, not changing the request, is what will help.
  if (status === 401) res.setHeader('www-authenticate', 'Bearer error="invalid_token"');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * In front of the gateway's /graphql: sets `req.identity`, which the gateway signs for each subgraph. No
 * Authorization header makes an anonymous caller (the subgraphs' policies answer UNAUTHENTICATED where it matters);
 * a header that does not hold a valid token is refused outright rather than downgraded to anonymous, so a client with
 * an expired token learns it now instead of seeing data vanish.
 */
export function bearerAuthentication(verifier: BearerTokenVerifier | undefined, logger: Logger) {
  return (req: AuthenticatedRequest & TracedRequest, res: ServerResponse, next: Next): void => {
    const credentials = bearerCredentialsOf(req.headers.authorization);
    if (credentials.kind === 'none') {
      req.identity = ANONYMOUS;
      return next();
    }
    if (credentials.kind === 'malformed' || !verifier) {
      const reason = verifier
        ? 'the Authorization header is not `Bearer <token>`'
        : 'no identity provider configured';
      logger.info({ traceId: req.traceId, reason }, 'bearer token refused');
      return answer(res, 401, REFUSED, ErrorCode.UNAUTHENTICATED);
    }
    verifier.verify(credentials.token).then(
      (identity) => {
        req.identity = identity;
        next();
      },
      (error: unknown) => {
        const unavailable = error instanceof BearerTokenError && error.kind === 'unavailable';
        const reason = error instanceof Error ? error.message : String(error);
        if (unavailable) {
          logger.warn({ traceId: req.traceId, reason }, 'identity provider keys unavailable');
          return answer(res, 503, UNAVAILABLE, 'IDENTITY_PROVIDER_UNAVAILABLE');
        }
        logger.info({ traceId: req.traceId, reason }, 'bearer token refused');
        answer(res, 401, REFUSED, ErrorCode.UNAUTHENTICATED);
      },
    );
  };
}
