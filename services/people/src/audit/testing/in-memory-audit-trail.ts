import { AuditTrailEntry } from '../application/audit-trail-entry';
import { AuditTrailPosition } from '../application/audit-trail-position';
import { AuditTrailStore } from '../application/audit-trail.store';

const newestFirst = (a: AuditTrailPosition, b: AuditTrailPosition) =>
  b.occurredAt.localeCompare(a.occurredAt) || b.entryId.localeCompare(a.entryId);

/** Test double for handler specs: the same ordering and idempotence as the table, no I/O. */
export class InMemoryAuditTrail extends AuditTrailStore {
  readonly entries = new Map<string, AuditTrailEntry>();

  async append(entry: AuditTrailEntry): Promise<void> {
    if (!this.entries.has(entry.entryId)) this.entries.set(entry.entryId, entry);
  }

  async aboutPerson(
    personId: string,
    limit?: number,
    after?: AuditTrailPosition,
  ): Promise<AuditTrailEntry[]> {
    return [...this.entries.values()]
      .filter((entry) => entry.subjectPersonId === personId && (!after || newestFirst(after, entry) < 0))
      .sort(newestFirst)
      .slice(0, limit);
  }

  async byPerson(personId: string): Promise<AuditTrailEntry[]> {
    return [...this.entries.values()].filter((entry) => entry.actorPersonId === personId).sort(newestFirst);
  }
}
