import { Identity } from '@civil/auth';
import { AuditDraft } from './audit-entry';
import { buildAuditEntry } from './build-audit-entry';

const PERSON = '0190f6a2-1111-7000-8000-000000000001';
const OTHER = '0190f6a2-1111-7000-8000-000000000002';
const ID = '0190f6a2-2222-7000-8000-000000000001';
const NOW = new Date('2026-11-24T10:00:00Z');

const hrAdmin: Identity = {
  subject: 'hr-admin-7',
  roles: ['EMPLOYEE', 'HR_ADMIN'],
  personId: OTHER,
  departmentCode: 'HMRC',
  crossGovernment: false,
};

const read: AuditDraft = {
  action: 'READ',
  operation: 'Query.person',
  recordType: 'Person',
  recordId: PERSON,
  subjectPersonId: PERSON,
};

const at = (context?: Parameters<typeof buildAuditEntry>[1]['context']) => ({
  id: ID,
  now: NOW,
  service: 'people',
  context,
});

describe('buildAuditEntry', () => {
  it('records who, acting as what, when, which operation and record, and the trace', () => {
    const entry = buildAuditEntry(read, at({ traceId: 'trace-9', identity: hrAdmin, actingAs: 'HR_ADMIN' }));

    expect(entry).toEqual({
      id: ID,
      service: 'people',
      occurredAt: NOW,
      actorSubject: 'hr-admin-7',
      actorPersonId: OTHER,
      actingAs: 'HR_ADMIN',
      actorRoles: ['EMPLOYEE', 'HR_ADMIN'],
      action: 'READ',
      operation: 'Query.person',
      recordType: 'Person',
      recordId: PERSON,
      subjectPersonId: PERSON,
      traceId: 'trace-9',
    });
  });

  it('does not audit a person reading their own record, but does audit them changing it', () => {
    const self: Identity = { subject: 'ada', roles: ['EMPLOYEE'], personId: PERSON, crossGovernment: false };

    expect(buildAuditEntry(read, at({ traceId: 't', identity: self }))).toBeUndefined();
    expect(
      buildAuditEntry({ ...read, action: 'MUTATION' }, at({ traceId: 't', identity: self })),
    ).toMatchObject({
      actorPersonId: PERSON,
      subjectPersonId: PERSON,
    });
  });

  it("falls back to the caller's only role when authorization named none, and to none when there are several", () => {
    const employee: Identity = { subject: 'e', roles: ['EMPLOYEE'], crossGovernment: false };

    expect(buildAuditEntry(read, at({ traceId: 't', identity: employee }))?.actingAs).toBe('EMPLOYEE');
    expect(buildAuditEntry(read, at({ traceId: 't', identity: hrAdmin }))).not.toHaveProperty('actingAs');
  });

  it('names the service itself as the actor when no request is being served, with a fresh trace id', () => {
    const entry = buildAuditEntry({ ...read, action: 'MUTATION' }, at());

    expect(entry).toMatchObject({ actorSubject: 'service:people', actorRoles: [] });
    expect(entry?.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps an auditable copy of the change: secrets redacted, long text cut', () => {
    const entry = buildAuditEntry(
      {
        action: 'MUTATION',
        operation: 'Mutation.createVacancy',
        recordType: 'Vacancy',
        recordId: ID,
        changes: {
          before: null,
          after: { title: 'Economist', description: 'x'.repeat(600), apiToken: 'abc' },
        },
      },
      at({ traceId: 't', identity: hrAdmin }),
    );

    expect(entry?.changes).toEqual({
      before: null,
      after: {
        title: 'Economist',
        description: `${'x'.repeat(500)}… [100 more characters]`,
        apiToken: '[redacted]',
      },
    });
    expect(entry).not.toHaveProperty('subjectPersonId');
  });
});
