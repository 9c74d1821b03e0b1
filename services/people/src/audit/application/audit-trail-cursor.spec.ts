import { decodeCursor, encodeCursor, InvalidAuditTrailCursor } from './audit-trail-cursor';

describe('audit trail cursors', () => {
  it('give back the position they were made from', () => {
    const position = {
      occurredAt: '2026-11-24T10:00:00.000Z',
      entryId: '0190f6a2-2222-7000-8000-000000000001',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuse anything we did not make, naming the argument', () => {
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    for (const cursor of ['', 'not-base64!', forged])
      expect(() => decodeCursor(cursor)).toThrow(InvalidAuditTrailCursor);
    expect(new InvalidAuditTrailCursor()).toMatchObject({ code: 'AUDIT.INVALID_CURSOR', field: 'after' });
  });
});
