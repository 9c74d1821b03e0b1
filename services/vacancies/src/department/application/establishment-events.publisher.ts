import { EstablishmentEntry } from '../domain/establishment';

/** Hands establishment changes to the outbox in the open transaction (EstablishmentChanged). */
export abstract class EstablishmentEventsPublisher {
  abstract changed(entry: EstablishmentEntry, version: number, traceId: string): Promise<void>;
}
