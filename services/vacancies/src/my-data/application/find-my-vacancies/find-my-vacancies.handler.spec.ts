import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { CreatedVacanciesReader } from '../created-vacancies.reader';
import { CreatedVacancy } from '../created-vacancy';
import { FindMyVacanciesHandler } from './find-my-vacancies.handler';
import { FindMyVacanciesQuery } from './find-my-vacancies.query';

const ME = '0190f6a2-1111-7000-8000-000000000001';

class FixedReader extends CreatedVacanciesReader {
  readonly asked: string[] = [];
  async createdBy(personId: string): Promise<CreatedVacancy[]> {
    this.asked.push(personId);
    return [];
  }
}

describe('FindMyVacanciesHandler', () => {
  const me: Identity = { subject: 'me', roles: ['HIRING_MANAGER'], personId: ME, crossGovernment: false };

  it("reads the caller's own vacancies, and refuses anyone else's without looking", async () => {
    const reader = new FixedReader();
    const handler = new FindMyVacanciesHandler(reader);

    await handler.execute(new FindMyVacanciesQuery(ME, me));
    await expect(
      handler.execute(new FindMyVacanciesQuery('0190f6a2-1111-7000-8000-000000000002', me)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(reader.asked).toEqual([ME]);
  });
});
