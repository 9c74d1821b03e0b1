import { DEFAULT_PLAN_CONSTRAINTS, planConstraints } from './plan-constraints';
import { checkScope } from './plan-scope';

describe('planConstraints', () => {
  it('defaults to a 10% release share, people open to a move, tenure respected, no promotions', () => {
    expect(planConstraints()).toEqual({
      maxReleaseShare: 0.1,
      onlyOpenToMove: true,
      allowInsideMinimumTerm: false,
      noPromotions: true,
    });
    expect(planConstraints({})).toEqual(DEFAULT_PLAN_CONSTRAINTS);
  });

  it('takes what the planner asks for over the defaults', () => {
    expect(
      planConstraints({
        maxReleaseShare: 1,
        onlyOpenToMove: false,
        allowInsideMinimumTerm: true,
        noPromotions: true,
      }),
    ).toEqual({
      maxReleaseShare: 1,
      onlyOpenToMove: false,
      allowInsideMinimumTerm: true,
      noPromotions: true,
    });
  });

  it('refuses a plan that would allow promotions, naming the rule', () => {
    expect(() => planConstraints({ noPromotions: false })).toThrow(
      expect.objectContaining({ code: 'PLAN.PROMOTIONS_NOT_ALLOWED', field: 'constraints.noPromotions' }),
    );
  });

  it.each([0, -0.1, 1.01, Number.NaN])('refuses a release share of %p', (share) => {
    expect(() => planConstraints({ maxReleaseShare: share })).toThrow(
      expect.objectContaining({ code: 'PLAN.INVALID_RELEASE_SHARE' }),
    );
  });
});

describe('checkScope', () => {
  it('refuses an empty list, naming it', () => {
    expect(() => checkScope({ departments: ['DWP'], professions: [], grades: ['HEO'] })).toThrow(
      expect.objectContaining({ code: 'PLAN.EMPTY_SCOPE', field: 'scope.professions' }),
    );
  });

  it('sorts and de-duplicates, so the same scope is stored the same way', () => {
    expect(
      checkScope({ departments: ['HMRC', 'DWP', 'HMRC'], professions: ['Policy'], grades: ['SEO', 'HEO'] }),
    ).toEqual({
      departments: ['DWP', 'HMRC'],
      professions: ['Policy'],
      grades: ['HEO', 'SEO'],
    });
  });
});
