import { Move } from './move.aggregate';
import { MoveDomainEvent } from './move.domain-events';

/** Persistence port for moves; the infrastructure layer implements it inside the open unit of work. */
export abstract class MoveRepository {
  abstract add(move: Move): Promise<void>;
  /** Writes a changed move, only if the stored version is still `loadedVersion`; otherwise CONFLICT. */
  abstract save(move: Move, loadedVersion: number): Promise<void>;
  /** `lock`: hold the row until the transaction ends (the saga and the scheduler change moves concurrently). */
  abstract findById(id: string, options?: { lock?: boolean }): Promise<Move | null>;
  /** The move's timeline: one row per domain event, in the same transaction as the change. */
  abstract appendTimeline(events: readonly MoveDomainEvent[], traceId: string): Promise<void>;
}
