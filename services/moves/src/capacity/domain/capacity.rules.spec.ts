import { capacityAt, CapacityFacts } from './capacity.rules';
import { CapacityMove, CapacityPerson } from './capacity.types';

const TODAY = '2026-11-24';
const person = (personId: string, parts: Partial<CapacityPerson> = {}): CapacityPerson => ({
  personId,
  departmentCode: 'DWP',
  profession: 'Policy',
  grade: 'SEO',
  fte: 1,
  status: 'ACTIVE',
  onSpecialistTrack: false,
  ...parts,
});
const move = (moveId: string, personId: string, parts: Partial<CapacityMove>): CapacityMove => ({
  moveId,
  personId,
  kind: 'LOAN',
  homeDepartmentCode: 'DWP',
  hostDepartmentCode: 'HMRC',
  grade: 'SEO',
  startsOn: '2027-01-04',
  endsOn: '2027-12-31',
  status: 'SCHEDULED',
  ...parts,
});
const facts = (parts: Partial<CapacityFacts>): CapacityFacts => ({
  people: [],
  moves: [],
  establishment: [],
  openPosts: [],
  ...parts,
});
const lineOf = (lines: ReturnType<typeof capacityAt>, departmentCode: string, grade = 'SEO') =>
  lines.find((line) => line.departmentCode === departmentCode && line.grade === grade)!;

describe('capacity at a date (DOMAIN.md)', () => {
  it('counts people in post against funded posts, in exact FTE', () => {
    const lines = capacityAt(
      TODAY,
      TODAY,
      facts({
        people: [
          person('a'),
          person('b', { fte: 0.6 }),
          person('c', { fte: 0.7 }),
          person('gone', { status: 'LEFT' }),
        ],
        establishment: [{ departmentCode: 'DWP', profession: 'Policy', grade: 'SEO', fte: 3 }],
        openPosts: [{ departmentCode: 'DWP', profession: 'Policy', grade: 'SEO', fte: 0.5 }],
      }),
    );
    expect(lines).toEqual([
      expect.objectContaining({ establishment: 3, substantive: 2.3, inPost: 2.3, gap: 0.7, openPosts: 0.5 }),
    ]);
    expect(lines[0].behind.substantive).toEqual(['a', 'b', 'c']);
  });

  it('keeps someone on loan in their home department, away, and counts them at the host while the loan lasts', () => {
    const facts_ = facts({ people: [person('a')], moves: [move('m', 'a', { status: 'STARTED' })] });
    const during = capacityAt('2027-06-01', TODAY, facts_);
    expect(lineOf(during, 'DWP')).toMatchObject({ substantive: 1, away: 1, inPost: 0, gap: 0 });
    expect(lineOf(during, 'HMRC')).toMatchObject({ hereOnLoanOrSecondment: 1, inPost: 1 });
    const after = capacityAt('2027-12-31', TODAY, facts_);
    expect(lineOf(after, 'DWP')).toMatchObject({ away: 0, inPost: 1 });
    expect(lineOf(after, 'HMRC')).toBeUndefined();
  });

  it('moves a person on an agreed transfer or promotion by its start date, and shows it incoming and outgoing', () => {
    const transfer = move('t', 'a', { kind: 'LEVEL_TRANSFER', endsOn: undefined });
    const promotion = move('p', 'b', {
      kind: 'PROMOTION',
      grade: 'G7',
      endsOn: undefined,
      hostDepartmentCode: 'CO',
    });
    const before = capacityAt(
      '2027-01-03',
      TODAY,
      facts({ people: [person('a'), person('b')], moves: [transfer, promotion] }),
    );
    expect(lineOf(before, 'DWP')).toMatchObject({ inPost: 2, outgoing: 0 });

    const after = capacityAt(
      '2027-02-01',
      TODAY,
      facts({ people: [person('a'), person('b')], moves: [transfer, promotion] }),
    );
    expect(lineOf(after, 'DWP')).toMatchObject({ substantive: 0, inPost: 0, outgoing: 2 });
    expect(lineOf(after, 'DWP').behind.outgoing).toEqual(['t', 'p']);
    expect(lineOf(after, 'HMRC')).toMatchObject({ substantive: 1, inPost: 1, incoming: 1 });
    expect(lineOf(after, 'CO', 'G7')).toMatchObject({ substantive: 1, incoming: 1 });
  });

  it('counts only agreed moves: a proposal or a held move changes nothing', () => {
    const lines = capacityAt(
      '2027-06-01',
      TODAY,
      facts({
        people: [person('a'), person('b')],
        moves: [
          move('m1', 'a', { status: 'AWAITING_AGREEMENT' }),
          move('m2', 'b', { status: 'TENURE_HOLD' }),
        ],
      }),
    );
    expect(lines).toEqual([
      expect.objectContaining({ departmentCode: 'DWP', inPost: 2, away: 0, outgoing: 0 }),
    ]);
  });

  it('leaves a short assignment in post, and sends a secondment out outside the civil service', () => {
    const lines = capacityAt(
      '2027-06-01',
      TODAY,
      facts({
        people: [person('a'), person('b')],
        moves: [
          move('s', 'a', { kind: 'SHORT_ASSIGNMENT' }),
          move('o', 'b', { kind: 'SECONDMENT_OUT', hostDepartmentCode: undefined, status: 'STARTED' }),
        ],
      }),
    );
    expect(lines).toEqual([
      expect.objectContaining({ departmentCode: 'DWP', substantive: 2, away: 1, inPost: 1 }),
    ]);
  });

  it('counts specialists in post inside and past their minimum term at the date', () => {
    const lines = capacityAt(
      '2027-06-01',
      TODAY,
      facts({
        people: [
          person('inside', { onSpecialistTrack: true, minimumTermEndsOn: '2028-01-01' }),
          person('past', { onSpecialistTrack: true, minimumTermEndsOn: '2027-05-31' }),
          person('away', { onSpecialistTrack: true, minimumTermEndsOn: '2028-01-01' }),
          person('generalist'),
        ],
        moves: [move('m', 'away', { status: 'STARTED' })],
      }),
    );
    expect(lineOf(lines, 'DWP')).toMatchObject({
      specialistsInsideMinimumTerm: 1,
      specialistsPastMinimumTerm: 1,
    });
  });
});
