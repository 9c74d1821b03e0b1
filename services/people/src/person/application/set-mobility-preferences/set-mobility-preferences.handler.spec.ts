import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { NO_PREFERENCES } from '../../domain/person.aggregate';
import { changeKit } from '../../testing/in-memory-people';
import { SetMobilityPreferencesCommand } from './set-mobility-preferences.command';
import { SetMobilityPreferencesHandler } from './set-mobility-preferences.handler';

describe('SetMobilityPreferencesHandler', () => {
  it('is the person’s own to set: consent cannot be given by HR on their behalf', async () => {
    const { runner, personId } = await changeKit();
    const handler = new SetMobilityPreferencesHandler(runner);
    const preferences = { ...NO_PREFERENCES, openToMove: true, shareProfileAcrossDepartments: true };
    const hr: Identity = {
      subject: 'hr',
      roles: ['HR_ADMIN'],
      departmentCode: 'DWP',
      crossGovernment: false,
    };
    const self: Identity = { subject: 'me', roles: ['EMPLOYEE'], personId, crossGovernment: false };

    await expect(
      handler.execute(new SetMobilityPreferencesCommand(personId, preferences, undefined, hr, 't')),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      handler.execute(new SetMobilityPreferencesCommand(personId, preferences, undefined, self, 't')),
    ).resolves.toMatchObject({ preferences: { shareProfileAcrossDepartments: true }, version: 2 });
  });
});
