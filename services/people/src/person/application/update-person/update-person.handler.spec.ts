import { Identity } from '@civil/auth';
import { ConflictError, ForbiddenError } from '@civil/platform';
import { changeKit } from '../../testing/in-memory-people';
import { UpdatePersonCommand } from './update-person.command';
import { UpdatePersonHandler } from './update-person.handler';

const hr = (departmentCode: string, crossGovernment = false): Identity => ({
  subject: 'hr',
  roles: ['HR_ADMIN'],
  departmentCode,
  crossGovernment,
});

async function setup() {
  const kit = await changeKit();
  const handler = new UpdatePersonHandler(kit.runner, kit.catalog);
  const self: Identity = {
    subject: 'me',
    roles: ['EMPLOYEE'],
    personId: kit.personId,
    crossGovernment: false,
  };
  const update = (changes: object, identity: Identity, expectedVersion = 1) =>
    handler.execute(new UpdatePersonCommand(kit.personId, changes, expectedVersion, identity, 'trace'));
  return { ...kit, self, update };
}

describe('UpdatePersonHandler', () => {
  it('lets the person change their own name and location, bumping the version', async () => {
    const { update, self, publisher } = await setup();
    await expect(update({ givenName: 'Kate', location: 'Leeds' }, self)).resolves.toMatchObject({
      givenName: 'Kate',
      location: 'Leeds',
      version: 2,
    });
    expect(publisher.published).toEqual([
      { event: expect.objectContaining({ type: 'PersonDetailsChanged', version: 2 }), traceId: 'trace' },
    ]);
  });

  it('keeps grade, department and the rest of the employment record to HR of the department', async () => {
    const { update, self, publisher } = await setup();
    await expect(update({ grade: 'G6' }, self)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(update({ grade: 'G6' }, hr('HMRC'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(update({ grade: 'G6' }, hr('DWP'))).resolves.toMatchObject({ grade: 'G6', version: 2 });
    expect(publisher.published).toHaveLength(1);
  });

  it('moves a record to another department only for HR who hold both (or cross-government HR)', async () => {
    const { update } = await setup();
    await expect(update({ departmentCode: 'HMRC' }, hr('DWP'))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(update({ departmentCode: 'HMRC' }, hr('CO', true))).resolves.toMatchObject({
      departmentCode: 'HMRC',
    });
  });

  it('refuses a stale expected version with CONFLICT and changes nothing', async () => {
    const { update, self, people, personId, publisher } = await setup();
    await update({ givenName: 'Kate' }, self, 1);
    await expect(update({ givenName: 'Katie' }, self, 1)).rejects.toMatchObject({
      constructor: ConflictError,
      reason: 'PERSON.VERSION_CONFLICT',
    });
    expect((await people.findById(personId))!.snapshot()).toMatchObject({ givenName: 'Kate', version: 2 });
    expect(publisher.published).toHaveLength(1);
  });

  it('checks a new profession against the catalogue', async () => {
    const { update } = await setup();
    await expect(update({ profession: 'Alchemy' }, hr('DWP'))).rejects.toMatchObject({
      code: 'PERSON.UNKNOWN_PROFESSION',
    });
  });

  it('reads null as "clear" on optional fields and as "unchanged" on required ones', async () => {
    const { update } = await setup();
    await update({ location: 'Leeds' }, hr('DWP'));
    await expect(
      update({ location: null, givenName: null, grade: null }, hr('DWP'), 2),
    ).resolves.toMatchObject({
      location: undefined,
      givenName: 'Katherine',
      grade: 'G7',
      version: 3,
    });
  });
});
