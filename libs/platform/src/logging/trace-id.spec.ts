import { traceIdFrom } from './trace-id';

describe('traceIdFrom', () => {
  it('takes the trace id out of a W3C traceparent', () => {
    const headers = {
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'x-request-id': 'r-1',
    };
    expect(traceIdFrom(headers)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('falls back to x-request-id', () => {
    expect(traceIdFrom({ 'x-request-id': 'req-42' })).toBe('req-42');
  });

  it('ignores an invalid traceparent and an unsafe request id, and makes a new id', () => {
    const id = traceIdFrom({
      traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      'x-request-id': 'a b\n',
    });
    expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});
