import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { Person } from '../../domain/person.aggregate';
import { InMemoryPersonRepository } from '../../testing/in-memory-people';
import { GetPeopleByIdsHandler } from './get-people-by-ids.handler';
import { GetPeopleByIdsQuery } from './get-people-by-ids.query';

const registered = (id: string, departmentCode: string) =>
  Person.register(
    id,
    {
      staffNumber: `${departmentCode}${id.slice(-4)}`,
      givenName: 'A',
      familyName: 'B',
      workEmail: `${id.slice(-4)}@${departmentCode.toLowerCase()}.gov.uk`,
      departmentCode,
      grade: 'EO',
      profession: 'Legal',
      fte: 1,
      startedInPostOn: '2020-01-01',
    },
    new Date(),
  );

describe('GetPeopleByIdsHandler', () => {
  it('answers each person found with the record, or the refusal when the caller may not read it', async () => {
    const people = new InMemoryPersonRepository();
    const ownDepartment = registered('0190f6a2-1111-7000-8000-0000000000a1', 'DWP');
    const otherDepartment = registered('0190f6a2-1111-7000-8000-0000000000a2', 'HMRC');
    await people.add(ownDepartment);
    await people.add(otherDepartment);
    const planner: Identity = {
      subject: 'planner',
      roles: ['WORKFORCE_PLANNER'],
      departmentCode: 'DWP',
      crossGovernment: false,
    };

    const answers = await new GetPeopleByIdsHandler(people).execute(
      new GetPeopleByIdsQuery(
        [ownDepartment.id, otherDepartment.id, '0190f6a2-1111-7000-8000-0000000000a3'],
        planner,
      ),
    );

    expect(answers.get(ownDepartment.id)).toMatchObject({ departmentCode: 'DWP' });
    expect(answers.get(otherDepartment.id)).toBeInstanceOf(ForbiddenError);
    expect(answers.size).toBe(2);
  });
});
