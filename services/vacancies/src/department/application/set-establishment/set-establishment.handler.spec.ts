import { NotFoundError } from '@civil/platform';
import {
  ImmediateTransactionRunner,
  InMemoryDepartmentStore,
  InMemoryEstablishmentStore,
  InMemoryKnownDepartments,
  RecordingEstablishmentEvents,
} from '../../testing/in-memory-departments';
import { SetEstablishmentCommand } from './set-establishment.command';
import { SetEstablishmentHandler } from './set-establishment.handler';

describe('SetEstablishmentHandler', () => {
  const now = new Date('2026-11-24T10:00:00Z');
  const setUp = () => {
    const establishment = new InMemoryEstablishmentStore();
    const events = new RecordingEstablishmentEvents();
    const handler = new SetEstablishmentHandler(
      new ImmediateTransactionRunner(),
      new InMemoryKnownDepartments(new InMemoryDepartmentStore()),
      establishment,
      events,
      { now: () => now },
    );
    return { establishment, events, handler };
  };
  const command = (entry: Partial<SetEstablishmentCommand['entry']> = {}) =>
    new SetEstablishmentCommand(
      {
        departmentCode: 'DWP',
        profession: 'Policy',
        grade: 'HEO',
        fte: 10,
        effectiveFrom: '2026-01-01',
        ...entry,
      },
      { subject: 'hr-dwp', personId: '0190f6a2-1111-7000-8000-000000000001' },
      'trace-1',
    );

  it('appends the entry with its author and publishes EstablishmentChanged as the line’s next version', async () => {
    const { establishment, events, handler } = setUp();
    await handler.execute(command());
    const result = await handler.execute(command({ fte: 12, effectiveFrom: '2026-07-01' }));

    expect(result).toMatchObject({ fte: 12, effectiveFrom: '2026-07-01', previousFte: 10 });
    expect(establishment.rows[1]).toMatchObject({ version: 2, author: { subject: 'hr-dwp', at: now } });
    expect(events.published.map((event) => [event.entry.fte, event.version, event.traceId])).toEqual([
      [10, 1, 'trace-1'],
      [12, 2, 'trace-1'],
    ]);
  });

  it('reports no previous value for a new line', async () => {
    const { handler } = setUp();
    expect((await handler.execute(command())).previousFte).toBeNull();
  });

  it('refuses an unknown department with NOT_FOUND, writing and publishing nothing', async () => {
    const { establishment, events, handler } = setUp();
    await expect(handler.execute(command({ departmentCode: 'NOPE' }))).rejects.toBeInstanceOf(NotFoundError);
    expect(establishment.rows).toEqual([]);
    expect(events.published).toEqual([]);
  });

  it('refuses a grade not on the list, before touching storage', async () => {
    const { establishment, handler } = setUp();
    await expect(handler.execute(command({ grade: 'G8' }))).rejects.toMatchObject({
      code: 'ESTABLISHMENT.UNKNOWN_GRADE',
    });
    expect(establishment.rows).toEqual([]);
  });
});
