import { capacityAt } from './capacity.rules';
import { AdvertisedVacancy, atLocation, establishmentAt, openPostsOf } from './capacity-facts.rules';

const entry = (effectiveFrom: string, fte: number, version: number, grade = 'SEO') => ({
  departmentCode: 'DWP',
  profession: 'Policy',
  grade,
  effectiveFrom,
  fte,
  version,
});
const vacancy = (vacancyId: string, parts: Partial<AdvertisedVacancy> = {}): AdvertisedVacancy => ({
  vacancyId,
  departmentCode: 'HMRC',
  profession: 'Policy',
  grade: 'SEO',
  posts: 3,
  ftePerPost: 0.7,
  status: 'OPEN',
  ...parts,
});

describe('the facts capacity is computed from', () => {
  it('reads each line of funded posts at its newest entry on or before the date, and leaves ended lines out', () => {
    const history = [
      entry('2026-04-01', 10, 1),
      entry('2027-04-01', 12, 2),
      entry('2026-04-01', 11, 3), // the same date set again: it replaces the first
      entry('2026-04-01', 4, 1, 'G7'),
      entry('2026-10-01', 0, 2, 'G7'), // 0 ends the line
    ];
    expect(establishmentAt(history, '2026-03-31')).toEqual([]);
    expect(establishmentAt(history, '2026-06-01')).toEqual([
      { departmentCode: 'DWP', profession: 'Policy', grade: 'SEO', fte: 11 },
      { departmentCode: 'DWP', profession: 'Policy', grade: 'G7', fte: 4 },
    ]);
    expect(establishmentAt(history, '2027-04-01')).toEqual([
      { departmentCode: 'DWP', profession: 'Policy', grade: 'SEO', fte: 12 },
    ]);
  });

  it('counts posts of open vacancies that no agreed or started move holds, in exact FTE', () => {
    const figures = openPostsOf(
      [vacancy('v1'), vacancy('closed', { status: 'CLOSED' }), vacancy('full', { posts: 1 })],
      [
        { vacancyId: 'v1', postRequested: true, status: 'SCHEDULED' },
        { vacancyId: 'v1', postRequested: true, status: 'AWAITING_POST' }, // not answered yet: not held
        { vacancyId: 'v1', postRequested: true, status: 'WITHDRAWN' }, // released
        { vacancyId: 'full', postRequested: true, status: 'ENDED' }, // filled for good
      ],
    );
    expect(figures).toEqual([
      { vacancyId: 'v1', departmentCode: 'HMRC', profession: 'Policy', grade: 'SEO', fte: 1.4 },
    ]);
  });

  it('reads one location as its people and their moves, without posts, which are not held by location', () => {
    const facts = atLocation(
      {
        people: [
          {
            personId: 'a',
            departmentCode: 'DWP',
            profession: 'Policy',
            grade: 'SEO',
            fte: 1,
            status: 'ACTIVE',
            location: 'Leeds',
            onSpecialistTrack: false,
          },
          {
            personId: 'b',
            departmentCode: 'DWP',
            profession: 'Policy',
            grade: 'SEO',
            fte: 1,
            status: 'ACTIVE',
            location: 'London',
            onSpecialistTrack: false,
          },
        ],
        moves: [
          {
            moveId: 'm',
            personId: 'b',
            kind: 'LEVEL_TRANSFER',
            homeDepartmentCode: 'DWP',
            hostDepartmentCode: 'HO',
            grade: 'SEO',
            startsOn: '2027-01-04',
            status: 'SCHEDULED',
          },
        ],
        establishment: [{ departmentCode: 'DWP', profession: 'Policy', grade: 'SEO', fte: 5 }],
        openPosts: [],
      },
      'Leeds',
    );
    expect(capacityAt('2027-02-01', '2026-11-24', facts)).toEqual([
      expect.objectContaining({ departmentCode: 'DWP', substantive: 1, establishment: 0, outgoing: 0 }),
    ]);
  });
});
