import { changeKit, ImmediateTransactionRunner } from '../../testing/in-memory-people';
import { ApplyMoveOutcomeCommand } from './apply-move-outcome.command';
import { ApplyMoveOutcomeHandler } from './apply-move-outcome.handler';
import { MoveStep, MoveStepLedger } from './move-step.ledger';

class InMemoryMoveStepLedger extends MoveStepLedger {
  readonly steps = new Set<string>();
  async recordFirst(_personId: string, moveId: string, step: MoveStep): Promise<boolean> {
    const key = `${moveId}/${step}`;
    if (this.steps.has(key)) return false;
    this.steps.add(key);
    return true;
  }
}

const LOAN = '0190f6a2-2222-7000-8000-00000000000a';

async function kit() {
  const base = await changeKit();
  const ledger = new InMemoryMoveStepLedger();
  const handler = new ApplyMoveOutcomeHandler(
    new ImmediateTransactionRunner(),
    base.people,
    ledger,
    base.runner,
    base.clock,
  );
  return { ...base, ledger, handler };
}

describe('ApplyMoveOutcomeHandler', () => {
  it('sends the person on loan and brings them home, each as PersonDetailsChanged, department unchanged', async () => {
    const { handler, personId, publisher, people } = await kit();

    expect(
      await handler.execute(
        new ApplyMoveOutcomeCommand(
          personId,
          'MoveStarted',
          { kind: 'WENT_AWAY', moveId: LOAN, status: 'ON_LOAN', on: '2027-02-01' },
          't',
        ),
      ),
    ).toBe('APPLIED');
    expect((await people.findById(personId))!.snapshot()).toMatchObject({
      departmentCode: 'DWP',
      status: 'ON_LOAN',
    });
    expect(
      await handler.execute(
        new ApplyMoveOutcomeCommand(
          personId,
          'MoveEnded',
          { kind: 'CAME_HOME', moveId: LOAN, on: '2029-01-31' },
          't',
        ),
      ),
    ).toBe('APPLIED');
    expect((await people.findById(personId))!.snapshot()).toMatchObject({
      departmentCode: 'DWP',
      status: 'ACTIVE',
      version: 3,
    });
    expect(publisher.published.map(({ event }) => [event.type, event.version])).toEqual([
      ['PersonDetailsChanged', 2],
      ['PersonDetailsChanged', 3],
    ]);
  });

  it('applies a move step once, even when told again after the move has ended', async () => {
    const { handler, personId, publisher, people } = await kit();
    const started = new ApplyMoveOutcomeCommand(
      personId,
      'MoveStarted',
      { kind: 'WENT_AWAY', moveId: LOAN, status: 'ON_LOAN', on: '2027-02-01' },
      't',
    );

    await handler.execute(started);
    await handler.execute(
      new ApplyMoveOutcomeCommand(
        personId,
        'MoveEnded',
        { kind: 'CAME_HOME', moveId: LOAN, on: '2029-01-31' },
        't',
      ),
    );
    expect(await handler.execute(started)).toBe('ALREADY_APPLIED');

    expect((await people.findById(personId))!.snapshot()).toMatchObject({ status: 'ACTIVE', version: 3 });
    expect(publisher.published).toHaveLength(2);
  });

  it('answers for a person it does not hold, or who has left, without changing anything', async () => {
    const { handler, personId, runner, publisher } = await kit();
    const outcome = { kind: 'CAME_HOME', moveId: LOAN, on: '2029-01-31' } as const;

    expect(
      await handler.execute(
        new ApplyMoveOutcomeCommand('0190f6a2-1111-7000-8000-0000000000ff', 'MoveEnded', outcome, 't'),
      ),
    ).toBe('UNKNOWN_PERSON');
    await runner.run({ personId, traceId: 't', policy: 'system' }, (person, { now, policy }) =>
      person.recordLeaver('2026-12-31', now, policy),
    );
    expect(await handler.execute(new ApplyMoveOutcomeCommand(personId, 'MoveEnded', outcome, 't'))).toBe(
      'PERSON_LEFT',
    );
    expect(publisher.published.map(({ event }) => event.type)).toEqual(['PersonLeft']);
  });
});
