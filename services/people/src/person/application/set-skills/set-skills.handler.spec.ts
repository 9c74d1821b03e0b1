import { Identity } from '@civil/auth';
import { ForbiddenError } from '@civil/platform';
import { changeKit } from '../../testing/in-memory-people';
import { SetSkillsCommand } from './set-skills.command';
import { SetSkillsHandler } from './set-skills.handler';

describe('SetSkillsHandler', () => {
  it('replaces the skills when every code is in the library, and refuses unknown codes', async () => {
    const { runner, catalog, personId, publisher } = await changeKit();
    const handler = new SetSkillsHandler(runner, catalog);
    const self: Identity = { subject: 'me', roles: ['EMPLOYEE'], personId, crossGovernment: false };
    const skill = {
      skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING',
      level: 'EXPERT' as const,
      evidence: 'Led it',
    };

    await expect(
      handler.execute(new SetSkillsCommand(personId, [skill], 1, self, 't')),
    ).resolves.toMatchObject({
      skills: [skill],
      version: 2,
    });
    await expect(
      handler.execute(
        new SetSkillsCommand(personId, [{ ...skill, skillCode: 'NOPE.X' }], undefined, self, 't'),
      ),
    ).rejects.toMatchObject({ code: 'PERSON.UNKNOWN_SKILL' });
    const other: Identity = { ...self, personId: '0190f6a2-1111-7000-8000-0000000000ff' };
    await expect(
      handler.execute(new SetSkillsCommand(personId, [], undefined, other, 't')),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(publisher.published.map(({ event }) => event.type)).toEqual(['PersonSkillsChanged']);
  });
});
