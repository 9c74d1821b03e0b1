import { ForbiddenError, NotFoundError } from '@civil/platform';
import { Identity, Role } from '@civil/auth';
import { Vacancy } from '../../domain/vacancy.aggregate';
import { InMemoryVacancyRepository } from '../../testing/in-memory-vacancies';
import { GetVacancyHandler } from './get-vacancy.handler';
import { GetVacancyQuery } from './get-vacancy.query';

const as = (role: Role, departmentCode: string): Identity => ({
  subject: `${role}-${departmentCode}`,
  roles: [role],
  departmentCode,
  crossGovernment: false,
});

describe('GetVacancyHandler', () => {
  it('returns a draft to its department, refuses it to others, and NotFound for an unknown id', async () => {
    const vacancies = new InMemoryVacancyRepository();
    const vacancy = Vacancy.create(
      '0190f6a2-2222-7000-8000-00000000000a',
      {
        departmentCode: 'CO',
        title: 'T',
        description: 'D',
        grade: 'G6',
        profession: 'Policy',
        posts: 1,
        ftePerPost: 1,
      },
      null,
      new Date(),
    );
    await vacancies.add(vacancy);
    const handler = new GetVacancyHandler(vacancies);
    const manager = as('HIRING_MANAGER', 'CO');
    const employee = as('EMPLOYEE', 'CO');

    await expect(handler.execute(new GetVacancyQuery(vacancy.id, manager))).resolves.toMatchObject({
      title: 'T',
    });
    await expect(handler.execute(new GetVacancyQuery(vacancy.id, employee))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      handler.execute(new GetVacancyQuery('0190f6a2-2222-7000-8000-00000000000b', manager)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
