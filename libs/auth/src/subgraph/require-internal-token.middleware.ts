import { IncomingMessage, ServerResponse } from 'node:http';
import { Identity } from '../identity/identity';
import { InternalTokenVerifier } from '../internal-token/internal-token.verifier';
import { INTERNAL_TOKEN_HEADER } from './internal-token.header';

export interface AuthenticatedRequest extends IncomingMessage {
  identity?: Identity;
}

/**
 * Put in front of a subgraph's GraphQL endpoint: no request gets through without a valid token signed by the gateway
 * for this subgraph, so nobody can go around the gateway's authentication, limits and rate limits by calling a
 * subgraph's port directly. Anonymous callers still arrive with a token (subject `anonymous`, no roles); what they may
 * do is the authorization policies' business.
 */
export function requireInternalToken(verifier: InternalTokenVerifier) {
  return (req: AuthenticatedRequest, res: ServerResponse, next: (error?: unknown) => void): void => {
    const token = req.headers[INTERNAL_TOKEN_HEADER];
    if (typeof token !== 'string' || token === '') {
      refuse(res, 'This subgraph only answers the gateway: no internal token');
      return;
    }
    verifier.verify(token).then(
      (identity) => {
        req.identity = identity;
        next();
      },
      (error: Error) => refuse(res, `This subgraph only answers the gateway: internal token refused (${error.message})`),
    );
  };
}

function refuse(res: ServerResponse, message: string): void {
  res.statusCode = 401;
  res.setHeader('content-type', 'application/json');
  res.setHeader('www-authenticate', 'Bearer realm="civil-mobility-subgraph"');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }));
}
