import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { changeKit } from '../../testing/in-memory-people';
import { LeaveSpecialistTrackCommand } from '../leave-specialist-track/leave-specialist-track.command';
import { LeaveSpecialistTrackHandler } from '../leave-specialist-track/leave-specialist-track.handler';
import { JoinSpecialistTrackCommand } from './join-specialist-track.command';
import { JoinSpecialistTrackHandler } from './join-specialist-track.handler';

const hr: Identity = { subject: 'hr', roles: ['HR_ADMIN'], departmentCode: 'DWP', crossGovernment: false };

describe('JoinSpecialistTrackHandler and LeaveSpecialistTrackHandler', () => {
  it("puts the person on a known track from today, with the track's minimum term in the event, and off it again", async () => {
    const { runner, catalog, clock, personId, publisher } = await changeKit();
    const join = new JoinSpecialistTrackHandler(runner, catalog, clock);
    const leave = new LeaveSpecialistTrackHandler(runner);

    await expect(
      join.execute(new JoinSpecialistTrackCommand(personId, 'DDAT.DATA_SCIENCE', 1, hr, 't')),
    ).resolves.toMatchObject({
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      specialistTrackJoinedOn: '2026-11-24',
    });
    // Started 2025-01-31; the in-memory track's minimum is 24 months, longer than the 12-month default.
    expect(publisher.published[0].event).toMatchObject({
      type: 'PersonTrackChanged',
      tenure: { minimumTermEndsOn: '2027-01-31' },
    });
    await expect(leave.execute(new LeaveSpecialistTrackCommand(personId, 2, hr, 't'))).resolves.toMatchObject(
      {
        version: 3,
      },
    );
    expect(publisher.published[1].event).toMatchObject({ tenure: { minimumTermEndsOn: '2026-01-31' } });
  });

  it('refuses an unknown track, and anyone but HR of the department', async () => {
    const { runner, catalog, clock, personId } = await changeKit();
    const join = new JoinSpecialistTrackHandler(runner, catalog, clock);
    await expect(
      join.execute(new JoinSpecialistTrackCommand(personId, 'NO.SUCH', undefined, hr, 't')),
    ).rejects.toMatchObject({ code: 'PERSON.UNKNOWN_TRACK' });
    const self: Identity = { subject: 'me', roles: ['EMPLOYEE'], personId, crossGovernment: false };
    await expect(
      join.execute(new JoinSpecialistTrackCommand(personId, 'DDAT.DATA_SCIENCE', undefined, self, 't')),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
