/** A promise with its resolve function outside it (Node 20 has no Promise.withResolvers). */
export class Deferred {
  readonly promise: Promise<void>;
  resolve!: () => void;

  constructor() {
    this.promise = new Promise<void>((resolve) => (this.resolve = resolve));
  }
}
