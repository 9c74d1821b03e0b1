/** Raised when an event's envelope or payload does not match its contract; the message names each bad field. */
export class EventSchemaError extends Error {
  readonly code = 'EVENT_SCHEMA_INVALID';

  constructor(
    readonly eventType: string,
    readonly problems: string[],
  ) {
    super(`${eventType} is invalid: ${problems.join('; ')}`);
    this.name = 'EventSchemaError';
  }
}
