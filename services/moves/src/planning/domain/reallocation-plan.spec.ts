import { planConstraints } from './plan-constraints';
import { ReallocationPlan } from './reallocation-plan.aggregate';

const move = {
  personId: 'p1',
  homeDepartmentCode: 'DWP',
  hostDepartmentCode: 'HMRC',
  profession: 'Statistics',
  grade: 'HEO',
  fte: 1,
  kind: 'LEVEL_TRANSFER' as const,
  startsOn: '2027-04-01',
  opportunityId: 'v1',
  source: 'VACANCY' as const,
  score: 0.8,
  explanation: {},
};
const draft = () =>
  ReallocationPlan.draft({
    id: 'plan-1',
    scope: { departments: ['DWP', 'HMRC'], professions: ['Statistics'], grades: ['HEO'] },
    targetDate: '2027-04-01',
    constraints: planConstraints(),
    planningDepartmentCode: 'DWP',
    createdBy: { subject: 'planner' },
    createdAt: new Date('2027-01-05T10:00:00Z'),
    totalScore: 0.8,
    moves: [move, { ...move, personId: 'p2' }],
    capacity: [],
    statistics: { candidates: 2, opportunities: 1, edges: 2 },
  });

describe('ReallocationPlan', () => {
  it('starts as a draft at version 1', () => {
    expect(draft().snapshot()).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('is approved once, recording what became of each move and who approved it', () => {
    const plan = draft();
    const at = new Date('2027-01-06T10:00:00Z');
    plan.approve(
      [
        { outcome: 'PROPOSED', moveId: 'm1' },
        { outcome: 'SKIPPED', reason: 'PERSON_LEFT' },
      ],
      { subject: 'other-planner' },
      at,
      '2027-01-06',
    );
    expect(plan.snapshot()).toMatchObject({
      status: 'APPROVED',
      version: 2,
      approvedBy: { subject: 'other-planner' },
      approvedAt: at,
      moves: [
        { personId: 'p1', result: { outcome: 'PROPOSED', moveId: 'm1' } },
        { personId: 'p2', result: { outcome: 'SKIPPED', reason: 'PERSON_LEFT' } },
      ],
    });
    expect(() => plan.approve([], { subject: 'x' }, at, '2027-01-06')).toThrow(
      expect.objectContaining({ code: 'PLAN.NOT_DRAFT' }),
    );
  });

  it('cannot be approved once its moves would start in the past', () => {
    expect(() => draft().checkApprovable('2027-04-02')).toThrow(
      expect.objectContaining({ code: 'PLAN.TARGET_DATE_PASSED' }),
    );
    expect(() => draft().checkApprovable('2027-04-01')).not.toThrow();
  });

  it('gives copies: changing a snapshot changes nothing', () => {
    const plan = draft();
    plan.snapshot().moves[0].personId = 'someone-else';
    expect(plan.snapshot().moves[0].personId).toBe('p1');
  });
});
