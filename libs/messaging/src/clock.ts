/** Where the outbox gets "now" from, so tests can pin event times. Structural, to keep `Date` out of signatures. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
