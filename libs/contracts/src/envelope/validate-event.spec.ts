import { PersonRegistered } from '../people-events';
import { EventSchemaError } from './event-schema.error';
import { IntegrationEvent } from './integration-event';
import { uuidv7 } from './uuidv7';
import { validateEvent } from './validate-event';

function personRegistered(data: Record<string, unknown> = {}): IntegrationEvent<Record<string, unknown>> {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: '/services/people',
    type: 'PersonRegistered',
    subject: '0190f6a2-1111-7000-8000-000000000001',
    time: '2026-11-24T10:00:00.000Z',
    datacontenttype: 'application/json',
    aggregateversion: 1,
    traceid: 'trace-1',
    data: {
      personId: '0190f6a2-1111-7000-8000-000000000001',
      departmentCode: 'HMRC',
      grade: 'HEO',
      profession: 'Digital, Data and Technology',
      fte: 1,
      startedInPostOn: '2025-04-01',
      status: 'ACTIVE',
      ...data,
    },
  };
}

function problemsOf(event: unknown): string[] {
  try {
    validateEvent(event, PersonRegistered);
  } catch (error) {
    if (error instanceof EventSchemaError) return error.problems;
    throw error;
  }
  return [];
}

describe('validateEvent', () => {
  it('accepts an event that matches its contract', () => {
    expect(validateEvent(personRegistered(), PersonRegistered).data.grade).toBe('HEO');
  });

  it('names the payload field that is wrong', () => {
    expect(problemsOf(personRegistered({ fte: 1.5 }))).toEqual([expect.stringMatching(/^data\.fte: /)]);
  });

  it('refuses payload fields the contract does not name, so personal data cannot leak by accident', () => {
    expect(problemsOf(personRegistered({ workEmail: 'someone@example.gov.uk' }))).toEqual([
      expect.stringMatching(/^data\.workEmail: /),
    ]);
  });

  it('checks the envelope: id, type and aggregate version', () => {
    const event = { ...personRegistered(), id: 'not-a-uuid', type: 'Other', aggregateversion: 0 };
    expect(problemsOf(event)).toEqual([
      'id: must be a UUID',
      "type: must be 'PersonRegistered'",
      'aggregateversion: must be a positive integer',
    ]);
  });

  it('refuses something that is not an event at all', () => {
    expect(problemsOf(undefined).length).toBeGreaterThan(3);
  });
});
