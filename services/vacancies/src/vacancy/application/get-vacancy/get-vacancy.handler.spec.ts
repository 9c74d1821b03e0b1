import { NotFoundError } from '@civil/platform';
import { Vacancy } from '../../domain/vacancy.aggregate';
import { InMemoryVacancyRepository } from '../../testing/in-memory-vacancies';
import { GetVacancyHandler } from './get-vacancy.handler';
import { GetVacancyQuery } from './get-vacancy.query';

describe('GetVacancyHandler', () => {
  it('returns the stored vacancy, and NotFound for an unknown id', async () => {
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
      new Date(),
    );
    await vacancies.add(vacancy);
    const handler = new GetVacancyHandler(vacancies);
    await expect(handler.execute(new GetVacancyQuery(vacancy.id))).resolves.toMatchObject({ title: 'T' });
    await expect(
      handler.execute(new GetVacancyQuery('0190f6a2-2222-7000-8000-00000000000b')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
