import { ANONYMOUS, Identity } from '@civil/auth';
import { ForbiddenError, NotFoundError, requestContext, UnauthenticatedError } from '@civil/platform';
import { Person } from '../../domain/person.aggregate';
import { InMemoryPersonRepository } from '../../testing/in-memory-people';
import { GetPersonHandler } from './get-person.handler';
import { GetPersonQuery } from './get-person.query';

const MOJ_HR: Identity = {
  subject: 'hr',
  roles: ['HR_ADMIN'],
  departmentCode: 'MOJ',
  crossGovernment: false,
};

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
    await expect(handler.execute(new GetPersonQuery(person.id, MOJ_HR))).resolves.toMatchObject({
      staffNumber: 'MOJ1234',
    });
    await expect(
      handler.execute(new GetPersonQuery('0190f6a2-1111-7000-8000-00000000000b', MOJ_HR)),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("applies READ_PERSON to the stored record: the person's department decides, and the granting role is recorded", async () => {
    const people = new InMemoryPersonRepository();
    const person = Person.register(
      '0190f6a2-1111-7000-8000-00000000000c',
      {
        staffNumber: 'MOJ5678',
        givenName: 'C',
        familyName: 'D',
        workEmail: 'c.d@justice.gov.uk',
        departmentCode: 'MOJ',
        grade: 'EO',
        profession: 'Legal',
        fte: 1,
        startedInPostOn: '2020-01-01',
      },
      new Date(),
    );
    await people.add(person);
    const handler = new GetPersonHandler(people);
    const read = (identity: Identity) => handler.execute(new GetPersonQuery(person.id, identity));
    const context = { traceId: 't', identity: MOJ_HR };

    await requestContext.run(context, () => read(MOJ_HR));

    expect(context).toMatchObject({ actingAs: 'HR_ADMIN' });
    await expect(read({ ...MOJ_HR, departmentCode: 'HO' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(read(ANONYMOUS)).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});
