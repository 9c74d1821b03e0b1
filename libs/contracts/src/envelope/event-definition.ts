/** A class whose class-validator decorators describe one event type's payload. */
export type PayloadClass<T = object> = new () => T;

/** Binds an event type to its topic and payload schema. One definition per (topic, type). */
export interface EventDefinition<T = object> {
  topic: string;
  type: string;
  payload: PayloadClass<T>;
}

export function defineEvent<T extends object>(
  topic: string,
  type: string,
  payload: PayloadClass<T>,
): EventDefinition<T> {
  return { topic, type, payload };
}
