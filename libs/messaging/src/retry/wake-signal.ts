/**
 * Lets a notification wake sleeping loops early. A wake that arrives while no loop waits is remembered, so a NOTIFY
 * received during a relay cycle is not lost: the next wait returns at once.
 */
export class WakeSignal {
  private pending = false;
  private readonly waiters = new Set<() => void>();

  wake(): void {
    if (this.waiters.size === 0) {
      this.pending = true;
      return;
    }
    for (const resolve of [...this.waiters]) resolve();
  }

  /** Resolves true when woken, false when the time ran out. */
  wait(ms: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const settle = (woken: boolean) => {
        clearTimeout(timer);
        this.waiters.delete(wakeUp);
        resolve(woken);
      };
      const wakeUp = () => settle(true);
      const timer = setTimeout(() => settle(false), ms);
      this.waiters.add(wakeUp);
    });
  }
}
