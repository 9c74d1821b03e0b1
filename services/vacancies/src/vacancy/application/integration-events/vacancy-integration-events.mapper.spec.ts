import { uuidv7, VacancyCreated, validateEvent } from '@civil/contracts';
import { Vacancy } from '../../domain/vacancy.aggregate';
import { toIntegrationEvent } from './vacancy-integration-events.mapper';

describe('toIntegrationEvent', () => {
  it('maps VacancyCreated onto the v1 contract, which it satisfies', () => {
    const vacancy = Vacancy.create(
      '0190f6a2-2222-7000-8000-000000000009',
      {
        departmentCode: 'HMRC',
        title: 'Tax specialist',
        description: 'Advise on VAT',
        grade: 'SEO',
        profession: 'Tax',
        posts: 3,
        ftePerPost: 0.5,
      },
      new Date('2026-11-24T10:00:00Z'),
    );
    const outgoing = toIntegrationEvent(vacancy.pullEvents()[0]);
    const envelope = {
      specversion: '1.0',
      id: uuidv7(),
      source: '/services/vacancies',
      type: 'VacancyCreated',
      subject: outgoing.subject,
      time: '2026-11-24T10:00:00.000Z',
      datacontenttype: 'application/json',
      aggregateversion: outgoing.aggregateVersion,
      traceid: 't',
      data: outgoing.data,
    };
    expect(validateEvent(envelope, VacancyCreated).data).toEqual({
      vacancyId: vacancy.id,
      departmentCode: 'HMRC',
      grade: 'SEO',
      profession: 'Tax',
      posts: 3,
      ftePerPost: 0.5,
      status: 'DRAFT',
    });
  });
});
