import { candidateExclusion } from './candidate.rules';
import { DEFAULT_PLAN_CONSTRAINTS, planConstraints } from './plan-constraints';
import { person, SCOPE } from './plan.fixtures';

const TARGET = '2027-04-01';
const exclusion = (overrides: Parameters<typeof person>[0], constraints = DEFAULT_PLAN_CONSTRAINTS) =>
  candidateExclusion(person(overrides), SCOPE, constraints, TARGET);

describe('candidateExclusion', () => {
  it('admits a person in post in scope, open to a move and past their minimum term', () => {
    expect(exclusion({ minimumTermEndsOn: '2027-04-01', earliestMoveOn: '2027-03-01' })).toBeUndefined();
  });

  it.each([
    [{ departmentCode: 'MOJ' }, 'OUT_OF_SCOPE'],
    [{ profession: 'Finance' }, 'OUT_OF_SCOPE'],
    [{ grade: 'G7' }, 'OUT_OF_SCOPE'],
    [{ status: 'LEFT' }, 'LEFT'],
    [{ status: 'ON_LOAN' }, 'AWAY'],
    [{ status: 'ON_SECONDMENT' }, 'AWAY'],
    [{ onLiveMove: true }, 'ON_A_MOVE'],
    [{ openToMove: false }, 'NOT_OPEN_TO_MOVE'],
    [{ earliestMoveOn: '2027-04-02' }, 'NOT_AVAILABLE_YET'],
    [{ minimumTermEndsOn: '2027-04-02' }, 'INSIDE_MINIMUM_TERM'],
  ])('keeps out %j: %s', (overrides, reason) => {
    expect(exclusion(overrides)).toBe(reason);
  });

  it('takes people not open to a move, whatever their own date, when the planner lifts that constraint', () => {
    const anyone = planConstraints({ onlyOpenToMove: false });
    expect(exclusion({ openToMove: false, earliestMoveOn: '2028-01-01' }, anyone)).toBeUndefined();
  });

  it('takes people inside their minimum term only when the planner allows it', () => {
    const inside = planConstraints({ allowInsideMinimumTerm: true });
    expect(exclusion({ minimumTermEndsOn: '2029-01-01' }, inside)).toBeUndefined();
    // The other rules still hold.
    expect(exclusion({ minimumTermEndsOn: '2029-01-01', onLiveMove: true }, inside)).toBe('ON_A_MOVE');
  });
});
