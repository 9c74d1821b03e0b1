import { AuditTrailPosition } from './audit-trail-position';

/** A cursor a client sent back that we never gave out. Maps to BAD_USER_INPUT on the `after` argument. */
export class InvalidAuditTrailCursor extends Error {
  readonly code = 'AUDIT.INVALID_CURSOR';
  readonly field = 'after';

  constructor() {
    super('after is not a cursor from a page of this trail');
    this.name = 'InvalidAuditTrailCursor';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to clients, so the sort key can change without breaking them. */
export function encodeCursor(position: AuditTrailPosition): string {
  return Buffer.from(JSON.stringify([position.occurredAt, position.entryId])).toString('base64url');
}

export function decodeCursor(cursor: string): AuditTrailPosition {
  try {
    const [occurredAt, entryId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof occurredAt === 'string' && !Number.isNaN(Date.parse(occurredAt)) && UUID.test(entryId))
      return { occurredAt, entryId };
  } catch {
    // Not even JSON: refused below like any other cursor we did not make.
  }
  throw new InvalidAuditTrailCursor();
}
