import {
  EventDefinition,
  MoveAgreed,
  MoveCancelled,
  MoveEnded,
  MoveExtended,
  MoveMadePermanent,
  MoveRefused,
  MoveRejected,
  MoveStarted,
  MoveWithdrawn,
  PostReservationRequested,
} from '@civil/contracts';
import { MoveSnapshot } from '../../domain/move.aggregate';
import { MoveDomainEvent } from '../../domain/move.domain-events';

export interface OutgoingMoveEvent<T = object> {
  definition: EventDefinition<T>;
  subject: string;
  aggregateVersion: number;
  data: T;
}

function outgoing<T extends object>(
  definition: EventDefinition<T>,
  event: MoveDomainEvent,
  data: T,
): OutgoingMoveEvent {
  return { definition, subject: event.moveId, aggregateVersion: event.version, data } as OutgoingMoveEvent;
}

function factsOf(move: MoveSnapshot) {
  const { personId, kind, vacancyId, homeDepartmentCode, hostDepartmentCode } = move.terms;
  return { moveId: move.id, personId, kind, vacancyId, homeDepartmentCode, hostDepartmentCode };
}

/**
 * What other services hear of a move. Steps inside the agreement (consent, release, acceptance, holds) stay on the
 * move's timeline; the others hear what changes their world: a post to reserve or release, a person who moves or comes
 * home. Free text (reasons for withdrawing, rejecting, cancelling) never leaves moves; a stop names its vacancy only
 * when a post was asked for, so vacancies releases exactly what it may have reserved.
 */
export function toIntegrationEvents(
  events: readonly MoveDomainEvent[],
  move: MoveSnapshot,
): OutgoingMoveEvent[] {
  const facts = factsOf(move);
  const { grade, startsOn, endsOn } = move.terms;
  return events.flatMap((event): OutgoingMoveEvent[] => {
    switch (event.type) {
      case 'PostRequested':
        return [
          outgoing(PostReservationRequested, event, {
            moveId: move.id,
            vacancyId: event.vacancyId,
            personId: facts.personId,
          }),
        ];
      case 'MoveAgreed':
        return [outgoing(MoveAgreed, event, { ...facts, grade, startsOn, endsOn })];
      case 'MoveRefused':
        return [outgoing(MoveRefused, event, { ...facts, reason: event.reason.slice(0, 64) })];
      case 'MoveStarted':
        return [outgoing(MoveStarted, event, { ...facts, grade, startedOn: event.startedOn, endsOn })];
      case 'MoveExtended':
        return [outgoing(MoveExtended, event, { ...facts, endsOn: event.endsOn })];
      case 'MoveEnded':
        return [outgoing(MoveEnded, event, { ...facts, endedOn: event.endedOn })];
      case 'MoveMadePermanent':
        return [outgoing(MoveMadePermanent, event, { ...facts, on: event.on })];
      case 'MoveWithdrawn':
      case 'MoveRejected':
      case 'MoveCancelled': {
        const definition = { MoveWithdrawn, MoveRejected, MoveCancelled }[event.type];
        return [
          outgoing(definition, event, {
            moveId: move.id,
            personId: facts.personId,
            vacancyId: event.postRequested ? facts.vacancyId : undefined,
          }),
        ];
      }
      default:
        return [];
    }
  });
}
