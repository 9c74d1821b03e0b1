import { changeKit } from '../../testing/in-memory-people';
import { ApplyMoveOutcomeCommand } from './apply-move-outcome.command';
import { ApplyMoveOutcomeHandler } from './apply-move-outcome.handler';

describe('ApplyMoveOutcomeHandler (seam for the moves events)', () => {
  it('applies a started loan and, when it ends, brings the person home, each as PersonDetailsChanged', async () => {
    const { runner, personId, publisher, people } = await changeKit();
    const handler = new ApplyMoveOutcomeHandler(runner);

    await handler.execute(
      new ApplyMoveOutcomeCommand(
        personId,
        { kind: 'STARTED', departmentCode: 'HMRC', grade: 'G6', status: 'ON_LOAN', startedOn: '2027-02-01' },
        't',
      ),
    );
    expect((await people.findById(personId))!.snapshot()).toMatchObject({
      departmentCode: 'HMRC',
      grade: 'G6',
      status: 'ON_LOAN',
      startedInPostOn: '2027-02-01',
    });
    await handler.execute(
      new ApplyMoveOutcomeCommand(
        personId,
        { kind: 'TEMPORARY_ENDED', homeDepartmentCode: 'DWP', homeGrade: 'G7', endedOn: '2029-01-31' },
        't',
      ),
    );
    expect((await people.findById(personId))!.snapshot()).toMatchObject({
      departmentCode: 'DWP',
      grade: 'G7',
      status: 'ACTIVE',
      version: 3,
    });
    expect(publisher.published.map(({ event }) => [event.type, event.version])).toEqual([
      ['PersonDetailsChanged', 2],
      ['PersonDetailsChanged', 3],
    ]);
  });
});
