import {
  EventCatalog,
  EventSchemaError,
  PersonRegistered,
  PEOPLE_PERSON_TOPIC,
  uuidv7,
} from '@civil/contracts';
import { decodeEvent } from './decode-event';

const catalog = new EventCatalog([PersonRegistered]);
const personId = '0190f6a2-1111-7000-8000-000000000001';

function delivered(value: unknown, key = personId) {
  return {
    topic: PEOPLE_PERSON_TOPIC,
    partition: 0,
    offset: '7',
    key,
    value: typeof value === 'string' ? value : JSON.stringify(value),
    headers: {},
  };
}

const event = {
  specversion: '1.0',
  id: uuidv7(),
  source: '/services/people',
  type: 'PersonRegistered',
  subject: personId,
  time: '2026-11-24T10:00:00.000Z',
  datacontenttype: 'application/json',
  aggregateversion: 1,
  traceid: 'trace-1',
  data: {
    personId,
    departmentCode: 'HMRC',
    grade: 'HEO',
    profession: 'Digital, Data and Technology',
    fte: 1,
    startedInPostOn: '2025-04-01',
    status: 'ACTIVE',
  },
};

function problemOf(message: ReturnType<typeof delivered>): string {
  try {
    decodeEvent(message, catalog);
  } catch (error) {
    if (error instanceof EventSchemaError) return error.message;
    throw error;
  }
  throw new Error('expected an EventSchemaError');
}

describe('decodeEvent', () => {
  it('returns the event when it matches its contract', () => {
    expect(decodeEvent(delivered(event), catalog).data).toMatchObject({ grade: 'HEO' });
  });

  it('refuses a value that is not JSON', () => {
    expect(problemOf(delivered('{oops'))).toMatch(/value: not JSON/);
  });

  it('refuses a type the catalog has no contract for on this topic', () => {
    expect(problemOf(delivered({ ...event, type: 'PersonVanished' }))).toMatch(
      /no contract for 'PersonVanished'/,
    );
  });

  it('names the payload field that breaks the contract', () => {
    expect(problemOf(delivered({ ...event, data: { ...event.data, fte: 3 } }))).toMatch(/data\.fte/);
  });

  it('refuses an event whose subject is not the message key, since ordering hangs on the key', () => {
    expect(problemOf(delivered(event, 'someone-else'))).toMatch(/subject: must equal the message key/);
  });
});
