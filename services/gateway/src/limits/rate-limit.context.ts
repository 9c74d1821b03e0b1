import { ANONYMOUS_SUBJECT } from '@civil/auth';
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import { limitError, LimitCode } from './limit-error';
import { TokenBucketRateLimiter } from './token-bucket.rate-limiter';

/** Express sets `ip`; a bare Node request has only its socket. */
export type ClientRequest = IncomingMessage & { ip?: string };

/**
 * Whose bucket a request spends: the authenticated subject when there is one, else the client address. Behind a
 * proxy the address is the proxy's unless Express's `trust proxy` is set (then `req.ip` is the client's).
 */
export function rateLimitKeyOf(req: ClientRequest): string {
  // Set by the authentication middleware, which may not run (or may not exist yet): read defensively.
  const subject = (req as { identity?: { subject?: string } }).identity?.subject;
  if (subject && subject !== ANONYMOUS_SUBJECT) return `subject:${subject}`;
  return `ip:${addressKey(req.ip ?? req.socket?.remoteAddress ?? 'unknown')}`;
}

/**
 * One IPv6 host usually holds a whole /64, so keying on the full address would hand it 2^64 buckets; an IPv4
 * address mapped into IPv6 (::ffff:a.b.c.d) is the IPv4 client it stands for.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Wraps the GraphQL context function so each request spends a token before anything else is done for it. The
 * context function runs after every Express middleware, so the caller's identity is known by then, and an error it
 * throws is Apollo's documented way to refuse a request with a status and headers of our choosing.
 */
export function rateLimitedContext<A extends { req: ClientRequest }, C>(
  limiter: TokenBucketRateLimiter,
  limits: { perMinute: number; burst: number },
  context: (args: A) => C,
): (args: A) => C {
  return (args) => {
    const decision = limiter.take(rateLimitKeyOf(args.req));
    if (!decision.allowed) {
      const { retryAfterSeconds } = decision;
      throw limitError(
        LimitCode.RATE_LIMITED,
        `Too many requests: the limit is ${limits.perMinute} per minute, in bursts of up to ${limits.burst}; retry in ${retryAfterSeconds} s`,
        { limit: limits.perMinute, burst: limits.burst, retryAfterSeconds },
        { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      );
    }
    return context(args);
  };
}
