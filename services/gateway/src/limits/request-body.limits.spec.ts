import { IncomingMessage, ServerResponse } from 'node:http';
import { answerTooLargeBody, refuseBatches } from './request-body.limits';

function response() {
  const sent = { status: 0, headers: {} as Record<string, string>, body: '' };
  const res = {
    set statusCode(status: number) {
      sent.status = status;
    },
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    end: (body: string) => (sent.body = body),
  } as unknown as ServerResponse;
  return { res, sent };
}

describe('request body limits', () => {
  it('answers a body over the limit with 413, the limit and the size', () => {
    const { res, sent } = response();
    const next = jest.fn();
    const tooLarge = { type: 'entity.too.large', limit: 1024, length: 5000 };

    answerTooLargeBody(1024)(tooLarge, {} as IncomingMessage, res, next);

    expect(next).not.toHaveBeenCalled();
    expect(sent.status).toBe(413);
    expect(sent.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(sent.body)).toEqual({
      errors: [
        {
          message: 'Request body of 5000 bytes exceeds the limit of 1024 bytes',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1024, actual: 5000 },
        },
      ],
    });
  });

  it('passes other errors on', () => {
    const next = jest.fn();
    const malformed = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed' });

    answerTooLargeBody(1024)(malformed, {} as IncomingMessage, response().res, next);

    expect(next).toHaveBeenCalledWith(malformed);
  });

  it('refuses a JSON array body and lets a single operation through', () => {
    const { res, sent } = response();
    const next = jest.fn();

    refuseBatches({ body: [{ query: '{a}' }, { query: '{b}' }] } as never, res, next);
    refuseBatches({ body: { query: '{a}' } } as never, response().res, next);

    expect(sent.status).toBe(400);
    expect(JSON.parse(sent.body).errors[0]).toEqual({
      message: 'Batched operations are not allowed: send one operation per request (this body holds 2)',
      extensions: { code: 'BATCH_NOT_ALLOWED', limit: 1, actual: 2 },
    });
    expect(next).toHaveBeenCalledTimes(1);
  });
});
