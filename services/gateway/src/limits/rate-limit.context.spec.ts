import { IncomingMessage } from 'node:http';
import { addressKey, rateLimitedContext, rateLimitKeyOf } from './rate-limit.context';
import { TokenBucketRateLimiter } from './token-bucket.rate-limiter';

const request = (parts: { ip?: string; identity?: { subject?: string } }) =>
  ({ socket: { remoteAddress: '192.0.2.99' }, ...parts }) as unknown as IncomingMessage;

describe('rate limit key', () => {
  it('is the authenticated subject, else the client address', () => {
    expect(rateLimitKeyOf(request({ ip: '192.0.2.1', identity: { subject: 'user-7' } }))).toBe(
      'subject:user-7',
    );
    expect(rateLimitKeyOf(request({ ip: '192.0.2.1', identity: { subject: 'anonymous' } }))).toBe(
      'ip:192.0.2.1',
    );
    expect(rateLimitKeyOf(request({ ip: '192.0.2.1', identity: {} }))).toBe('ip:192.0.2.1');
    expect(rateLimitKeyOf(request({}))).toBe('ip:192.0.2.99');
  });

  it('groups an IPv6 client by its /64 and unwraps IPv4 mapped into IPv6', () => {
    expect(addressKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:0db8:00aa:bb::ffff')).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
  });
});

describe('rate-limited context', () => {
  it('builds the context while the caller has tokens, then refuses with 429, Retry-After and RATE_LIMITED', () => {
    const limiter = new TokenBucketRateLimiter({ perMinute: 6, burst: 1 }, () => 0);
    const context = rateLimitedContext(limiter, { perMinute: 6, burst: 1 }, ({ req }) => ({ ip: req.ip }));
    const req = request({ ip: '192.0.2.1' }) as IncomingMessage & { ip: string };

    expect(context({ req })).toEqual({ ip: '192.0.2.1' });
    let refusal: unknown;
    try {
      context({ req });
    } catch (error) {
      refusal = error;
    }

    expect(refusal).toMatchObject({
      message: 'Too many requests: the limit is 6 per minute, in bursts of up to 1; retry in 10 s',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 10, limit: 6, http: { status: 429 } },
    });
    const headers = (refusal as { extensions: { http: { headers: Map<string, string> } } }).extensions.http
      .headers;
    expect(headers.get('retry-after')).toBe('10');
  });
});
