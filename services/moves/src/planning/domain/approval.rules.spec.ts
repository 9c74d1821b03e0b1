import { skipReason } from './approval.rules';

const planned = {
  homeDepartmentCode: 'DWP',
  profession: 'Statistics',
  grade: 'HEO',
  source: 'VACANCY' as const,
};
const now = {
  departmentCode: 'DWP',
  profession: 'Statistics',
  grade: 'HEO',
  status: 'ACTIVE',
  onLiveMove: false,
};

describe('skipReason: a planned move the world has overtaken', () => {
  it('proposes a move whose person and post are as planned', () => {
    expect(skipReason(planned, now, 'OPEN')).toBeUndefined();
    expect(skipReason(planned, now, 'CLOSED')).toBeUndefined();
    expect(skipReason({ ...planned, source: 'GAP' }, now, undefined)).toBeUndefined();
  });

  it.each([
    [undefined, 'OPEN', 'PERSON_UNKNOWN'],
    [{ ...now, status: 'LEFT' }, 'OPEN', 'PERSON_LEFT'],
    [{ ...now, departmentCode: 'HMRC' }, 'OPEN', 'PERSON_MOVED'],
    [{ ...now, grade: 'SEO' }, 'OPEN', 'PERSON_MOVED'],
    [{ ...now, profession: 'Policy' }, 'OPEN', 'PERSON_MOVED'],
    [{ ...now, status: 'ON_LOAN' }, 'OPEN', 'AWAY'],
    [{ ...now, onLiveMove: true }, 'OPEN', 'ON_A_MOVE'],
    [now, 'FILLED', 'VACANCY_NOT_OPEN'],
    [now, 'CANCELLED', 'VACANCY_NOT_OPEN'],
    [now, undefined, 'VACANCY_NOT_OPEN'],
  ])('skips when the person is %j and the vacancy %s: %s', (person, vacancyStatus, reason) => {
    expect(skipReason(planned, person, vacancyStatus)).toBe(reason);
  });
});
