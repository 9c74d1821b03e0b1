/** Where a page of a trail ends: entries sort newest first by time, then by entry id (UUIDv7) to break ties. */
export interface AuditTrailPosition {
  occurredAt: string;
  entryId: string;
}
