import { Shutdown } from './shutdown';

describe('Shutdown', () => {
  it('stops in reverse order of start, and keeps going past a failure', async () => {
    const stopped: string[] = [];
    const shutdown = new Shutdown();
    shutdown.defer('PostgreSQL', async () => stopped.push('PostgreSQL'));
    shutdown.defer('people', async () => {
      throw new Error('relay stuck');
    });
    shutdown.defer('gateway', async () => stopped.push('gateway'));

    const failures = await shutdown.run();

    expect(stopped).toEqual(['gateway', 'PostgreSQL']);
    expect(failures).toEqual(['people: relay stuck']);
  });

  it('runs each step once, however often it is asked', async () => {
    const close = jest.fn(async () => undefined);
    const shutdown = new Shutdown();
    shutdown.defer('gateway', close);

    await shutdown.run();
    await shutdown.run();

    expect(close).toHaveBeenCalledTimes(1);
  });
});
