import pino from 'pino';
import { Writable } from 'node:stream';
import { PinoLoggerService } from './pino-logger.service';
import { requestContext } from './request-context';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: new PinoLoggerService(pino({ level: 'trace' }, stream)) };
}

describe('PinoLoggerService', () => {
  it("writes Nest's messages as JSON with their context and the current request's trace id", async () => {
    const { lines, logger } = capture();
    requestContext.run({ traceId: 'trace-7' }, () =>
      logger.log('Mapped {/health, GET} route', 'RouterExplorer'),
    );
    logger.warn({ backlog: 3 }, 'Outbox');
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'Mapped {/health, GET} route',
      context: 'RouterExplorer',
      traceId: 'trace-7',
    });
    expect(lines[1]).toMatchObject({ level: 40, backlog: 3, context: 'Outbox' });
    expect(lines[1]).not.toHaveProperty('traceId');
  });

  it('keeps the stack Nest passes with an error', async () => {
    const { lines, logger } = capture();
    logger.error('boom', 'Error: boom\n    at somewhere', 'ExceptionHandler');
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'boom',
      stack: 'Error: boom\n    at somewhere',
      context: 'ExceptionHandler',
    });
  });
});
