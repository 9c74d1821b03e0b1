import { NotFoundError } from '@civil/platform';
import { Person } from '../../domain/person.aggregate';
import { InMemoryPersonRepository } from '../../testing/in-memory-people';
import { GetPersonHandler } from './get-person.handler';
import { GetPersonQuery } from './get-person.query';

describe('GetPersonHandler', () => {
  it('returns the stored person, and NotFound for an unknown id', async () => {
    const people = new InMemoryPersonRepository();
    const person = Person.register(
      '0190f6a2-1111-7000-8000-00000000000a',
      {
        staffNumber: 'MOJ1234',
        givenName: 'A',
        familyName: 'B',
        workEmail: 'a.b@justice.gov.uk',
        departmentCode: 'MOJ',
        grade: 'EO',
        profession: 'Legal',
        fte: 0.5,
        startedInPostOn: '2020-01-01',
      },
      new Date(),
    );
    await people.add(person);
    const handler = new GetPersonHandler(people);
    await expect(handler.execute(new GetPersonQuery(person.id))).resolves.toMatchObject({
      staffNumber: 'MOJ1234',
    });
    await expect(
      handler.execute(new GetPersonQuery('0190f6a2-1111-7000-8000-00000000000b')),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
