import { Identity } from '@civil/auth';
import { changeKit } from '../../testing/in-memory-people';
import { RecordLeaverCommand } from './record-leaver.command';
import { RecordLeaverHandler } from './record-leaver.handler';

describe('RecordLeaverHandler', () => {
  it('marks the person LEFT and publishes PersonLeft; a second leaver record is refused', async () => {
    const { runner, personId, publisher } = await changeKit();
    const handler = new RecordLeaverHandler(runner);
    const hr: Identity = {
      subject: 'hr',
      roles: ['HR_ADMIN'],
      departmentCode: 'DWP',
      crossGovernment: false,
    };

    await expect(
      handler.execute(new RecordLeaverCommand(personId, '2026-12-31', 1, hr, 't')),
    ).resolves.toMatchObject({ status: 'LEFT', leftOn: '2026-12-31', version: 2 });
    expect(publisher.published[0].event).toMatchObject({ type: 'PersonLeft', version: 2 });
    await expect(
      handler.execute(new RecordLeaverCommand(personId, '2027-01-31', undefined, hr, 't')),
    ).rejects.toMatchObject({ code: 'PERSON.HAS_LEFT' });
  });
});
