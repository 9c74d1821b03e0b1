import { Identity, Role } from '@civil/auth';
import { ConflictError, ForbiddenError } from '@civil/platform';
import { Vacancy } from '../../domain/vacancy.aggregate';
import { VacancyIncomplete } from '../../domain/vacancy.errors';
import {
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryVacancyRepository,
  RecordingPublisher,
} from '../../testing/in-memory-vacancies';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { PublishVacancyCommand } from './publish-vacancy.command';
import { PublishVacancyHandler } from './publish-vacancy.handler';

const id = '0190f6a2-2222-7000-8000-0000000000e1';
const as = (role: Role, departmentCode: string): Identity => ({
  subject: `${role}-${departmentCode}`,
  roles: [role],
  departmentCode,
  crossGovernment: false,
});

async function setUp(details: Record<string, unknown>) {
  const vacancies = new InMemoryVacancyRepository();
  await vacancies.add(
    Vacancy.create(
      id,
      {
        departmentCode: 'HO',
        title: 'Policy adviser',
        description: 'Border policy',
        grade: 'SEO',
        profession: 'Policy',
        posts: 1,
        ftePerPost: 1,
        ...details,
      },
      null,
      new Date('2026-11-20T10:00:00Z'),
    ),
  );
  const events = new RecordingPublisher();
  const runner = new VacancyChangeRunner(new ImmediateTransactionRunner(), vacancies, events, fixedClock());
  return { vacancies, events, handler: new PublishVacancyHandler(runner) };
}

const complete = {
  moveKinds: ['LEVEL_TRANSFER'],
  locations: ['Croydon'],
  behaviours: ['Seeing the Big Picture'],
  closingDate: '2026-12-01',
};

describe('PublishVacancyHandler', () => {
  it("opens its department's complete draft and hands VacancyPublished to the outbox with the trace id", async () => {
    const { vacancies, events, handler } = await setUp(complete);
    const published = await handler.execute(
      new PublishVacancyCommand(id, 1, as('HR_ADMIN', 'HO'), 'trace-3'),
    );
    expect(published).toMatchObject({ status: 'OPEN', version: 2 });
    expect((await vacancies.findById(id))!.status).toBe('OPEN');
    expect(events.published).toEqual([
      { event: expect.objectContaining({ type: 'VacancyPublished', vacancyId: id }), traceId: 'trace-3' },
    ]);
  });

  it('refuses another department, a stale version and an incomplete draft, and publishes nothing', async () => {
    const ready = await setUp(complete);
    await expect(
      ready.handler.execute(new PublishVacancyCommand(id, 1, as('HIRING_MANAGER', 'DWP'), 't')),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      ready.handler.execute(new PublishVacancyCommand(id, 7, as('HIRING_MANAGER', 'HO'), 't')),
    ).rejects.toBeInstanceOf(ConflictError);
    const incomplete = await setUp({});
    await expect(
      incomplete.handler.execute(new PublishVacancyCommand(id, undefined, as('HIRING_MANAGER', 'HO'), 't')),
    ).rejects.toBeInstanceOf(VacancyIncomplete);
    expect([...ready.events.published, ...incomplete.events.published]).toEqual([]);
  });
});
