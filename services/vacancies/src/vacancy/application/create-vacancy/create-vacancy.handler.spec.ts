import { VacancyRuleViolation } from '../../domain/vacancy.errors';
import {
  FixedDepartments,
  fixedClock,
  ImmediateTransactionRunner,
  InMemoryVacancyRepository,
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
const creator = '0190f6a2-2222-7000-8000-0000000000c1';

describe('CreateVacancyHandler', () => {
  const setUp = () => {
    const vacancies = new InMemoryVacancyRepository();
    const transactions = new ImmediateTransactionRunner();
    const handler = new CreateVacancyHandler(
      transactions,
      vacancies,
      new FixedDepartments(['HO']),
      fixedClock(),
    );
    return { vacancies, transactions, handler };
  };

  it('saves a draft with its creator, in one unit of work', async () => {
    const { vacancies, transactions, handler } = setUp();
    const vacancy = await handler.execute(new CreateVacancyCommand(input, creator, 'trace-9'));
    expect(vacancies.vacancies.get(vacancy.id)?.snapshot()).toMatchObject({
      status: 'DRAFT',
      createdBy: creator,
    });
    expect(transactions.runs).toBe(1);
  });

  it('refuses a department vacancies does not know, and saves nothing', async () => {
    const { vacancies, handler } = setUp();
    await expect(
      handler.execute(new CreateVacancyCommand({ ...input, departmentCode: 'NOPE' }, creator, 't')),
    ).rejects.toMatchObject({ code: 'VACANCY.UNKNOWN_DEPARTMENT', field: 'departmentCode' });
    expect(vacancies.vacancies.size).toBe(0);
  });

  it('saves nothing when a rule is broken', async () => {
    const { vacancies, handler } = setUp();
    await expect(
      handler.execute(new CreateVacancyCommand({ ...input, posts: 0 }, creator, 't')),
    ).rejects.toBeInstanceOf(VacancyRuleViolation);
    expect(vacancies.vacancies.size).toBe(0);
  });
});
