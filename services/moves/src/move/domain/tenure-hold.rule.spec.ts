import { isAlongOwnTrack, isInsideMinimumTerm, PersonTenure } from './tenure-hold.rule';

const dataScientist: PersonTenure = {
  minimumTermEndsOn: '2027-04-01',
  specialistTrack: {
    profession: 'Digital, Data and Technology',
    specialism: 'Data science',
    grades: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
  },
};
const promotion = {
  kind: 'PROMOTION' as const,
  startsOn: '2027-01-04',
  grade: 'G6',
  profession: 'Digital, Data and Technology',
  specialism: 'Data science',
};

describe('tenure hold', () => {
  it('holds a level transfer that starts before the minimum term ends', () => {
    expect(
      isInsideMinimumTerm(dataScientist, { kind: 'LEVEL_TRANSFER', startsOn: '2027-03-31', grade: 'G7' }),
    ).toBe(true);
  });

  it('lets a move start on the day the minimum term ends', () => {
    expect(
      isInsideMinimumTerm(dataScientist, { kind: 'LEVEL_TRANSFER', startsOn: '2027-04-01', grade: 'G7' }),
    ).toBe(false);
  });

  it('does not hold a promotion along the person’s own track', () => {
    expect(isInsideMinimumTerm(dataScientist, promotion)).toBe(false);
  });

  it('holds a promotion out of the specialism, or off the track’s ladder', () => {
    expect(isInsideMinimumTerm(dataScientist, { ...promotion, specialism: 'Data engineering' })).toBe(true);
    expect(isInsideMinimumTerm(dataScientist, { ...promotion, profession: 'Policy' })).toBe(true);
    expect(isAlongOwnTrack(dataScientist, { ...promotion, grade: 'SCS2' })).toBe(false);
  });

  it('holds a promotion for someone on no track', () => {
    expect(isInsideMinimumTerm({ minimumTermEndsOn: '2027-04-01' }, promotion)).toBe(true);
  });

  it('holds nothing while people has not said when the minimum term ends', () => {
    expect(isInsideMinimumTerm({}, { kind: 'LOAN', startsOn: '2020-01-01', grade: 'EO' })).toBe(false);
  });
});
