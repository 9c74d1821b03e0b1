import { AuditTrailEntry } from '../audit-trail-entry';

/** Add an entry another service (or people itself) recorded to the consolidated trail. */
export class TakeInAuditEntryCommand {
  constructor(readonly entry: AuditTrailEntry) {}
}
