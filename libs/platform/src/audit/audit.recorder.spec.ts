import { AuditRecorded, uuidv7, validateEvent } from '@civil/contracts';
import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '../database/typeorm-transaction-runner';
import { AuditOutsideTransactionError } from './audit-outside-transaction.error';
import { AuditRecorder, auditRecordedOf } from './audit.recorder';
import { buildAuditEntry } from './build-audit-entry';

const PERSON = '0190f6a2-1111-7000-8000-000000000001';

describe('AuditRecorder', () => {
  it('publishes an entry in a form its contract accepts, the trace id in the envelope only', () => {
    const entry = buildAuditEntry(
      {
        action: 'MUTATION',
        operation: 'Mutation.registerPerson',
        recordType: 'Person',
        recordId: PERSON,
        subjectPersonId: PERSON,
        changes: { before: null, after: { grade: 'HEO' } },
      },
      {
        id: uuidv7(),
        now: new Date('2026-11-24T10:00:00Z'),
        service: 'people',
        context: {
          traceId: 'trace-1',
          identity: { subject: 's', roles: ['HR_ADMIN'], crossGovernment: true },
        },
      },
    )!;
    const data = auditRecordedOf(entry);
    const envelope = {
      specversion: '1.0',
      id: uuidv7(),
      source: '/services/people',
      type: 'AuditRecorded',
      subject: entry.id,
      time: entry.occurredAt.toISOString(),
      datacontenttype: 'application/json',
      aggregateversion: 1,
      traceid: entry.traceId,
      data,
    };

    expect(validateEvent(envelope, AuditRecorded).data).toEqual({
      entryId: entry.id,
      service: 'people',
      occurredAt: '2026-11-24T10:00:00.000Z',
      actorSubject: 's',
      actingAs: 'HR_ADMIN',
      actorRoles: ['HR_ADMIN'],
      action: 'MUTATION',
      operation: 'Mutation.registerPerson',
      recordType: 'Person',
      recordId: PERSON,
      subjectPersonId: PERSON,
      changes: { before: null, after: { grade: 'HEO' } },
    });
  });

  it('refuses to record outside a transaction, naming the operation', async () => {
    const noTransaction = {
      manager: () => {
        throw new Error('No open transaction');
      },
    } as unknown as TypeOrmTransactionRunner;
    const recorder = new AuditRecorder({
      service: 'people',
      transactions: noTransaction,
      outbox: new OutboxWriter({ source: '/services/people' }),
      clock: { now: () => new Date() },
    });

    await expect(
      recorder.record({ action: 'READ', operation: 'Query.person', recordType: 'Person', recordId: PERSON }),
    ).rejects.toThrow(new AuditOutsideTransactionError('Query.person'));
  });
});
