import { EventSchemaError } from '../envelope/event-schema.error';
import { IntegrationEvent } from '../envelope/integration-event';
import { uuidv7 } from '../envelope/uuidv7';
import { validateEvent } from '../envelope/validate-event';
import { ALL_EVENTS } from '../index';
import { AuditRecorded } from './audit-recorded.event';

function auditRecorded(data: Record<string, unknown> = {}): IntegrationEvent<Record<string, unknown>> {
  const entryId = uuidv7();
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: '/services/people',
    type: 'AuditRecorded',
    subject: entryId,
    time: '2026-11-24T10:00:00.000Z',
    datacontenttype: 'application/json',
    aggregateversion: 1,
    traceid: 'trace-1',
    data: {
      entryId,
      service: 'people',
      occurredAt: '2026-11-24T10:00:00.000Z',
      actorSubject: 'hr-admin-1',
      actorRoles: ['HR_ADMIN'],
      actingAs: 'HR_ADMIN',
      action: 'MUTATION',
      operation: 'Mutation.registerPerson',
      recordType: 'Person',
      recordId: '0190f6a2-1111-7000-8000-000000000001',
      subjectPersonId: '0190f6a2-1111-7000-8000-000000000001',
      changes: { before: null, after: { grade: 'HEO', fte: 1 } },
      ...data,
    },
  };
}

function problemsOf(event: unknown): string[] {
  try {
    validateEvent(event, AuditRecorded);
    return [];
  } catch (error) {
    if (error instanceof EventSchemaError) return error.problems;
    throw error;
  }
}

describe('AuditRecorded v1', () => {
  it('accepts an entry, keeping the free-form change it carries', () => {
    expect(validateEvent(auditRecorded(), AuditRecorded).data.changes).toEqual({
      before: null,
      after: { grade: 'HEO', fte: 1 },
    });
  });

  it('accepts an entry with no actor person, role or subject (an anonymous read of a vacancy, say)', () => {
    const event = auditRecorded({
      actorPersonId: undefined,
      actingAs: undefined,
      subjectPersonId: undefined,
    });
    expect(problemsOf(event)).toEqual([]);
  });

  it('names what is wrong: an unknown action, a subject that is no person id, a field it does not define', () => {
    const problems = problemsOf(
      auditRecorded({ action: 'DELETE', subjectPersonId: 'someone', actorEmail: 'x' }),
    );
    expect(problems.sort()).toEqual([
      expect.stringMatching(/^data\.action: /),
      expect.stringMatching(/^data\.actorEmail: /),
      expect.stringMatching(/^data\.subjectPersonId: /),
    ]);
  });

  it('is in the catalogue, so its topic and dead-letter topic get created', () => {
    expect(ALL_EVENTS.topics()).toContain('platform.audit.v1');
    expect(ALL_EVENTS.definitionFor('platform.audit.v1', 'AuditRecorded')).toBe(AuditRecorded);
  });
});
