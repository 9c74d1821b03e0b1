import { EstablishmentEntry } from '../../domain/establishment';

export class SetEstablishmentCommand {
  constructor(
    readonly entry: EstablishmentEntry,
    readonly setBy: { subject: string; personId?: string },
    /** The request's trace id, stamped on the row and the event. */
    readonly traceId: string,
  ) {}
}
