import { EventCatalog, EventSchemaError, IntegrationEvent, validateEvent } from '@civil/contracts';
import { TransportMessage } from '../transport/message-transport';

/**
 * Reads a delivered message as the event its topic's contract says it is. Anything else (not JSON, a type the
 * catalog does not know on this topic, a payload off-contract, a key that is not the subject) is an EventSchemaError.
 */
export function decodeEvent(message: TransportMessage, catalog: EventCatalog): IntegrationEvent<object> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message.value);
  } catch (error) {
    throw new EventSchemaError('(unreadable)', [`value: not JSON (${(error as Error).message})`]);
  }
  const type = (parsed as { type?: unknown } | null)?.type;
  const event = validateEvent(
    parsed,
    catalog.definitionFor(message.topic, typeof type === 'string' ? type : String(type)),
  );
  // The key is what keeps an aggregate's events in one partition, in order; a mismatch is a producer bug.
  if (message.key !== event.subject) {
    throw new EventSchemaError(event.type, [`subject: must equal the message key '${message.key}'`]);
  }
  return event;
}
