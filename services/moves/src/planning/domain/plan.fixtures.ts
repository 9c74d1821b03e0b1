import { PlanCandidate, PlanOpportunity } from './plan-facts';

// Builders for the planning specs (nothing else imports this): a DWP statistician at HEO, open to a move and free to
// go, unless told otherwise.
export const person = (overrides: Partial<PlanCandidate> = {}): PlanCandidate => ({
  personId: 'p1',
  departmentCode: 'DWP',
  profession: 'Statistics',
  grade: 'HEO',
  status: 'ACTIVE',
  fte: 1,
  openToMove: true,
  onLiveMove: false,
  ...overrides,
});

/** An HMRC statistics vacancy at HEO with one post, open to level transfers. */
export const vacancy = (overrides: Partial<PlanOpportunity> = {}): PlanOpportunity => ({
  opportunityId: 'v1',
  source: 'VACANCY',
  departmentCode: 'HMRC',
  profession: 'Statistics',
  grade: 'HEO',
  places: 1,
  moveKinds: ['LEVEL_TRANSFER'],
  ftePerPost: 1,
  ...overrides,
});

export const SCOPE = {
  departments: ['DWP', 'HMRC', 'DSIT'],
  professions: ['Statistics', 'Policy'],
  grades: ['HEO', 'SEO'],
};
