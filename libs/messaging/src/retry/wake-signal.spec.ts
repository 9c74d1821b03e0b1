import { WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('wakes a waiting loop before its time is up', async () => {
    const signal = new WakeSignal();
    const waiting = signal.wait(60_000);
    signal.wake();
    await expect(waiting).resolves.toBe(true);
  });

  it('remembers a wake that came while nobody waited, so a notification during a busy cycle is not lost', async () => {
    const signal = new WakeSignal();
    signal.wake();
    await expect(signal.wait(60_000)).resolves.toBe(true);
    const second = signal.wait(1_000);
    jest.advanceTimersByTime(1_000);
    await expect(second).resolves.toBe(false);
  });

  it('wakes every waiting loop at once', async () => {
    const signal = new WakeSignal();
    const waiting = [signal.wait(60_000), signal.wait(60_000)];
    signal.wake();
    await expect(Promise.all(waiting)).resolves.toEqual([true, true]);
  });
});
