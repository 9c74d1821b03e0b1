import { ConflictError } from '@civil/platform';
import { PersonRuleViolation } from '../../domain/person.errors';
import {
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryPersonRepository,
  RecordingPublisher,
} from '../../testing/in-memory-people';
import { InMemoryReferenceData, tenurePolicyProvider } from '../../testing/in-memory-reference-data';
import { RegisterPersonCommand } from './register-person.command';
import { RegisterPersonHandler } from './register-person.handler';

const input = {
  staffNumber: 'DWP0001',
  givenName: 'Katherine',
  familyName: 'Johnson',
  workEmail: 'katherine.johnson@dwp.gov.uk',
  departmentCode: 'DWP',
  grade: 'HEO',
  profession: 'Operational Delivery',
  fte: 1,
  startedInPostOn: '2023-01-09',
};

function setup() {
  const people = new InMemoryPersonRepository();
  const publisher = new RecordingPublisher();
  const transactions = new ImmediateTransactionRunner();
  const catalog = new InMemoryReferenceData();
  const handler = new RegisterPersonHandler(
    transactions,
    people,
    publisher,
    fixedClock(),
    catalog,
    tenurePolicyProvider(catalog),
  );
  return { people, publisher, transactions, handler };
}

describe('RegisterPersonHandler', () => {
  it('saves the person and publishes PersonRegistered with the trace id, in one unit of work', async () => {
    const { people, publisher, transactions, handler } = setup();
    const person = await handler.execute(new RegisterPersonCommand(input, 'trace-1'));
    expect(people.people.get(person.id)?.snapshot().staffNumber).toBe('DWP0001');
    expect(publisher.published).toEqual([
      {
        event: expect.objectContaining({ type: 'PersonRegistered', personId: person.id }),
        traceId: 'trace-1',
      },
    ]);
    expect(transactions.runs).toBe(1);
  });

  it('refuses a staff number or an email that is already registered, naming the field', async () => {
    const { handler, publisher } = setup();
    await handler.execute(new RegisterPersonCommand(input, 't'));
    await expect(
      handler.execute(new RegisterPersonCommand({ ...input, workEmail: 'other@dwp.gov.uk' }, 't')),
    ).rejects.toMatchObject({
      reason: 'PERSON.STAFF_NUMBER_TAKEN',
      field: 'staffNumber',
    });
    await expect(
      handler.execute(
        new RegisterPersonCommand(
          { ...input, staffNumber: 'DWP0002', workEmail: 'KATHERINE.johnson@dwp.gov.uk' },
          't',
        ),
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(publisher.published).toHaveLength(1);
  });

  it('carries the tenure dates and checks profession and clearance against the catalogue', async () => {
    const { handler, publisher } = setup();
    await handler.execute(new RegisterPersonCommand({ ...input, securityClearance: 'SC' }, 't'));
    expect(publisher.published[0].event).toMatchObject({
      securityClearance: 'SC',
      tenure: { minimumTermEndsOn: '2024-01-09', eligibleToMoveFrom: '2024-01-09' },
    });
    await expect(
      handler.execute(
        new RegisterPersonCommand({ ...input, staffNumber: 'DWP0009', profession: 'Astrology' }, 't'),
      ),
    ).rejects.toMatchObject({ code: 'PERSON.UNKNOWN_PROFESSION', field: 'profession' });
    await expect(
      handler.execute(
        new RegisterPersonCommand({ ...input, staffNumber: 'DWP0009', securityClearance: 'TS' }, 't'),
      ),
    ).rejects.toMatchObject({ code: 'PERSON.UNKNOWN_CLEARANCE', field: 'securityClearance' });
  });

  it('lets a broken rule through to the caller and publishes nothing', async () => {
    const { handler, publisher } = setup();
    await expect(
      handler.execute(new RegisterPersonCommand({ ...input, fte: 2 }, 't')),
    ).rejects.toBeInstanceOf(PersonRuleViolation);
    expect(publisher.published).toEqual([]);
  });
});
