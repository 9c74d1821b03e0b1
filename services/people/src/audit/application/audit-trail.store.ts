import { AuditTrailEntry } from './audit-trail-entry';
import { AuditTrailPosition } from './audit-trail-position';

/** Port for the consolidated trail (table audit_trail). Append-only: there is no way to change or remove an entry. */
export abstract class AuditTrailStore {
  /** Adds an entry once: an entry already held (a redelivered event) is left as it is. */
  abstract append(entry: AuditTrailEntry, receivedAt: Date): Promise<void>;
  /** Entries about a person, newest first, strictly after `after` when given; every one without a limit. */
  abstract aboutPerson(
    personId: string,
    limit?: number,
    after?: AuditTrailPosition,
  ): Promise<AuditTrailEntry[]>;
  /** Everything audited that a person did, newest first. */
  abstract byPerson(personId: string): Promise<AuditTrailEntry[]>;
}
