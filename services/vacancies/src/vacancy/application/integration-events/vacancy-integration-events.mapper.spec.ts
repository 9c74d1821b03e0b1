import { EventDefinition, uuidv7, validateEvent } from '@civil/contracts';
import { Vacancy } from '../../domain/vacancy.aggregate';
import { toIntegrationEvent } from './vacancy-integration-events.mapper';

const now = new Date('2026-11-24T10:00:00Z');

function envelopeOf(outgoing: ReturnType<typeof toIntegrationEvent>) {
  return {
    specversion: '1.0',
    id: uuidv7(),
    source: '/services/vacancies',
    type: outgoing.definition.type,
    subject: outgoing.subject,
    time: now.toISOString(),
    datacontenttype: 'application/json',
    aggregateversion: 1,
    traceid: 't',
    data: outgoing.data,
  };
}

describe('toIntegrationEvent', () => {
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
      moveKinds: ['LOAN'],
      durationMonths: 12,
      locations: ['Bristol'],
      behaviours: ['Working Together'],
      closingDate: '2026-12-15',
      loanJustification: 'never published',
    },
    null,
    now,
  );

  it('maps VacancyPublished onto the v1 contract, which it satisfies, without the description', () => {
    vacancy.publish(now);
    vacancy.close(now);
    vacancy.cancel('Budget', now);
    const [published, closed, cancelled] = vacancy.pullEvents().map(toIntegrationEvent);
    const data = validateEvent(envelopeOf(published), published.definition as EventDefinition<object>).data;
    expect(data).toEqual({
      vacancyId: vacancy.id,
      departmentCode: 'HMRC',
      title: 'Tax specialist',
      grade: 'SEO',
      profession: 'Tax',
      moveKinds: ['LOAN'],
      posts: 3,
      ftePerPost: 0.5,
      locations: ['Bristol'],
      remotePossible: false,
      requiredSkills: [],
      behaviours: ['Working Together'],
      closingDate: '2026-12-15',
      durationMonths: 12,
      visibility: 'ALL_DEPARTMENTS',
      status: 'OPEN',
    });
    for (const [outgoing, type, status] of [
      [closed, 'VacancyClosed', 'CLOSED'],
      [cancelled, 'VacancyCancelled', 'CANCELLED'],
    ] as const) {
      expect(outgoing.definition.type).toBe(type);
      expect(
        validateEvent(envelopeOf(outgoing), outgoing.definition as EventDefinition<object>).data,
      ).toEqual({
        vacancyId: vacancy.id,
        departmentCode: 'HMRC',
        status,
        changedOn: '2026-11-24',
      });
    }
  });
});
