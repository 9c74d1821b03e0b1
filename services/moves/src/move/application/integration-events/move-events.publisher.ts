import { MoveSnapshot } from '../../domain/move.aggregate';
import { MoveDomainEvent } from '../../domain/move.domain-events';

/** Port: hands a move's domain events to the outbox, inside the command's unit of work. */
export abstract class MoveEventsPublisher {
  abstract publish(events: readonly MoveDomainEvent[], move: MoveSnapshot, traceId: string): Promise<void>;
}
