import { VacancyRuleViolation } from '../../domain/vacancy.errors';
import {
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryVacancyRepository,
  RecordingPublisher,
} from '../../testing/in-memory-vacancies';
import { CreateVacancyCommand } from './create-vacancy.command';
import { CreateVacancyHandler } from './create-vacancy.handler';

const input = {
  departmentCode: 'HO',
  title: 'Policy adviser',
  description: 'Border policy',
  grade: 'SEO',
  profession: 'Policy',
  posts: 1,
  ftePerPost: 1,
};

describe('CreateVacancyHandler', () => {
  it('saves a draft and publishes VacancyCreated with the trace id, in one unit of work', async () => {
    const vacancies = new InMemoryVacancyRepository();
    const publisher = new RecordingPublisher();
    const transactions = new ImmediateTransactionRunner();
    const vacancy = await new CreateVacancyHandler(transactions, vacancies, publisher, fixedClock()).execute(
      new CreateVacancyCommand(input, 'trace-9'),
    );
    expect(vacancies.vacancies.get(vacancy.id)?.snapshot().status).toBe('DRAFT');
    expect(publisher.published).toEqual([
      {
        event: expect.objectContaining({ type: 'VacancyCreated', vacancyId: vacancy.id }),
        traceId: 'trace-9',
      },
    ]);
    expect(transactions.runs).toBe(1);
  });

  it('publishes nothing when a rule is broken', async () => {
    const publisher = new RecordingPublisher();
    const handler = new CreateVacancyHandler(
      new ImmediateTransactionRunner(),
      new InMemoryVacancyRepository(),
      publisher,
      fixedClock(),
    );
    await expect(
      handler.execute(new CreateVacancyCommand({ ...input, posts: 0 }, 't')),
    ).rejects.toBeInstanceOf(VacancyRuleViolation);
    expect(publisher.published).toEqual([]);
  });
});
