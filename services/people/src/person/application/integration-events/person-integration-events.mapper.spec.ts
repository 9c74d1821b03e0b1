import { PersonRegistered, uuidv7, validateEvent } from '@civil/contracts';
import { Person } from '../../domain/person.aggregate';
import { toIntegrationEvent } from './person-integration-events.mapper';

describe('toIntegrationEvent', () => {
  const person = (location?: string) =>
    Person.register(
      '0190f6a2-1111-7000-8000-000000000001',
      {
        staffNumber: 'AB1234',
        givenName: 'Grace',
        familyName: 'Hopper',
        workEmail: 'grace.hopper@dsit.gov.uk',
        departmentCode: 'DSIT',
        grade: 'SEO',
        profession: 'Digital, Data and Technology',
        location,
        fte: 1,
        startedInPostOn: '2024-09-02',
      },
      new Date('2026-11-24T10:00:00Z'),
    );

  it('maps PersonRegistered onto the v1 contract, which it satisfies', () => {
    const outgoing = toIntegrationEvent(person('Bristol').pullEvents()[0]);
    expect(outgoing).toMatchObject({
      definition: PersonRegistered,
      subject: '0190f6a2-1111-7000-8000-000000000001',
      aggregateVersion: 1,
    });
    const envelope = {
      specversion: '1.0',
      id: uuidv7(),
      source: '/services/people',
      type: 'PersonRegistered',
      subject: outgoing.subject,
      time: '2026-11-24T10:00:00.000Z',
      datacontenttype: 'application/json',
      aggregateversion: 1,
      traceid: 't',
      data: outgoing.data,
    };
    expect(validateEvent(envelope, PersonRegistered).data).toEqual({
      personId: '0190f6a2-1111-7000-8000-000000000001',
      departmentCode: 'DSIT',
      grade: 'SEO',
      profession: 'Digital, Data and Technology',
      location: 'Bristol',
      fte: 1,
      startedInPostOn: '2024-09-02',
      status: 'ACTIVE',
    });
  });

  it('leaves location out when there is none', () => {
    expect(toIntegrationEvent(person().pullEvents()[0]).data).not.toHaveProperty('location');
  });
});
