import { NO_PREFERENCES, Person, RegisterPersonProps } from './person.aggregate';
import { PersonRuleViolation } from './person.errors';
import { TenurePolicy } from './tenure.rule';

const now = new Date('2026-11-24T10:00:00Z');
const id = '0190f6a2-1111-7000-8000-000000000001';
const policy: TenurePolicy = {
  defaultMonths: 12,
  gradeMonths: new Map([['SCS1', 36]]),
  trackMonths: new Map([['DDAT.DATA_SCIENCE', 24]]),
};
const DATA_SCIENCE = {
  code: 'DDAT.DATA_SCIENCE',
  profession: 'Digital, Data and Technology',
  gradeLadder: ['HEO', 'SEO', 'G7', 'G6', 'SCS1'],
};

function registered(overrides: Partial<RegisterPersonProps> = {}): Person {
  const person = Person.register(
    id,
    {
      staffNumber: 'HM123456',
      givenName: 'Ada',
      familyName: 'Lovelace',
      workEmail: 'ada.lovelace@hmrc.gov.uk',
      departmentCode: 'HMRC',
      grade: 'G7',
      profession: 'Digital, Data and Technology',
      location: 'Leeds',
      fte: 1,
      startedInPostOn: '2025-01-31',
      ...overrides,
    },
    now,
    policy,
  );
  person.pullEvents();
  return person;
}

function violation(act: () => void): PersonRuleViolation {
  try {
    act();
  } catch (error) {
    if (error instanceof PersonRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('Person employment', () => {
  it('registers as PERMANENT with no preferences, skills or track, and the tenure dates in the event', () => {
    const person = Person.register(
      id,
      {
        staffNumber: 'HM0001',
        givenName: 'A',
        familyName: 'B',
        workEmail: 'a@b.gov.uk',
        departmentCode: 'HMRC',
        grade: 'SCS1',
        profession: 'Policy',
        fte: 1,
        startedInPostOn: '2025-01-31',
      },
      now,
      policy,
    );
    expect(person.snapshot()).toMatchObject({
      employmentType: 'PERMANENT',
      skills: [],
      skillsToDevelop: [],
      preferences: NO_PREFERENCES,
    });
    expect(person.pullEvents()[0]).toMatchObject({
      tenure: { minimumTermEndsOn: '2028-01-31', eligibleToMoveFrom: '2028-01-31' },
    });
  });

  it.each([
    [{ employmentType: 'FIXED_TERM' as const }, 'employmentEndsOn'],
    [{ employmentType: 'INWARD_SECONDEE' as const, employmentEndsOn: '2027-01-01' }, 'homeOrganisation'],
    [{ employmentType: 'INWARD_SECONDEE' as const, homeOrganisation: 'Acme' }, 'employmentEndsOn'],
  ])('refuses %p: %s is required', (overrides, field) => {
    expect(violation(() => registered(overrides))).toMatchObject({
      code: 'PERSON.INVALID_EMPLOYMENT',
      field,
    });
  });

  it('keeps an inward secondee home organisation and end date, and drops them when made permanent', () => {
    const person = registered({
      employmentType: 'INWARD_SECONDEE',
      homeOrganisation: 'Alan Turing Institute',
      employmentEndsOn: '2027-06-30',
    });
    expect(person.snapshot()).toMatchObject({
      homeOrganisation: 'Alan Turing Institute',
      employmentEndsOn: '2027-06-30',
    });
    person.changeDetails({ employmentType: 'PERMANENT' }, now, policy);
    expect(person.snapshot().homeOrganisation).toBeUndefined();
    expect(person.snapshot().employmentEndsOn).toBeUndefined();
  });
});

describe('Person.changeDetails', () => {
  it('bumps the version and raises PersonDetailsChanged with no names or email, with the new tenure dates', () => {
    const person = registered();
    person.changeDetails({ givenName: 'Augusta', grade: 'SCS1', location: undefined }, now, policy);
    expect(person.version).toBe(2);
    const [event] = person.pullEvents();
    expect(event).toMatchObject({
      type: 'PersonDetailsChanged',
      version: 2,
      details: { grade: 'SCS1', departmentCode: 'HMRC', status: 'ACTIVE' },
      tenure: { minimumTermEndsOn: '2028-01-31' },
    });
    expect(JSON.stringify(event)).not.toMatch(/Augusta|Ada|Lovelace|hmrc\.gov\.uk/);
  });

  it('leaves absent fields unchanged and refuses broken ones', () => {
    const person = registered();
    person.changeDetails({ fte: 0.5 }, now, policy);
    expect(person.snapshot()).toMatchObject({ fte: 0.5, grade: 'G7', location: 'Leeds' });
    expect(violation(() => person.changeDetails({ fte: 2 }, now, policy))).toMatchObject({
      code: 'PERSON.FTE_OUT_OF_RANGE',
    });
  });
});

describe('Person skills', () => {
  it('stores skills with evidence but raises codes and levels only', () => {
    const person = registered();
    person.setSkills(
      [
        {
          skillCode: 'ddat.data_science.data_modelling',
          level: 'PRACTITIONER',
          evidence: 'Built the HMRC debt model',
          lastUsedOn: '2026-10-01',
        },
      ],
      now,
      policy,
    );
    expect(person.snapshot().skills).toEqual([
      {
        skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING',
        level: 'PRACTITIONER',
        evidence: 'Built the HMRC debt model',
        lastUsedOn: '2026-10-01',
      },
    ]);
    const [event] = person.pullEvents();
    expect(event).toMatchObject({
      type: 'PersonSkillsChanged',
      version: 2,
      skills: [{ skillCode: 'DDAT.DATA_SCIENCE.DATA_MODELLING', level: 'PRACTITIONER' }],
    });
    expect(JSON.stringify(event)).not.toMatch(/debt model/);
  });

  it.each([
    [[{ skillCode: 'A', level: 'EXPERT', evidence: '' }], 'PERSON.EVIDENCE_REQUIRED'],
    [[{ skillCode: 'A', level: 'EXPERT', evidence: 'two\nlines' }], 'PERSON.EVIDENCE_REQUIRED'],
    [[{ skillCode: 'A', level: 'GURU', evidence: 'x' }], 'PERSON.INVALID_SKILL'],
    [
      [
        { skillCode: 'A', level: 'EXPERT', evidence: 'x' },
        { skillCode: 'a', level: 'WORKING', evidence: 'y' },
      ],
      'PERSON.DUPLICATE_SKILL',
    ],
  ])('refuses %j with %s', (skills, code) => {
    const person = registered();
    expect(violation(() => person.setSkills(skills as never, now, policy))).toMatchObject({ code });
    expect(person.version).toBe(1);
  });

  it('keeps skills to develop separately, without duplicates, in the same version sequence', () => {
    const person = registered();
    person.setSkillsToDevelop(['ddat.x', 'DDAT.X', 'DDAT.Y'], now, policy);
    expect(person.snapshot().skillsToDevelop).toEqual(['DDAT.X', 'DDAT.Y']);
    expect(person.pullEvents()[0]).toMatchObject({ version: 2, skillsToDevelop: ['DDAT.X', 'DDAT.Y'] });
  });
});

describe('Person mobility preferences', () => {
  it('records the preferences and consent, and moves eligibility to the earliest move date when later', () => {
    const person = registered({ startedInPostOn: '2025-01-31' });
    person.setMobilityPreferences(
      {
        openToMove: true,
        moveKindsWanted: ['LOAN', 'LOAN', 'PROMOTION'],
        departmentsWanted: ['DSIT'],
        locationsWanted: [' Leeds ', ''],
        earliestMoveOn: '2026-09-01',
        shareProfileAcrossDepartments: true,
      },
      now,
      policy,
    );
    expect(person.snapshot().preferences).toEqual({
      openToMove: true,
      moveKindsWanted: ['LOAN', 'PROMOTION'],
      departmentsWanted: ['DSIT'],
      locationsWanted: ['Leeds'],
      earliestMoveOn: '2026-09-01',
      shareProfileAcrossDepartments: true,
    });
    expect(person.pullEvents()[0]).toMatchObject({
      type: 'PersonPreferencesChanged',
      version: 2,
      tenure: { minimumTermEndsOn: '2026-01-31', eligibleToMoveFrom: '2026-09-01' },
    });
  });

  it('refuses a kind of move that does not exist', () => {
    const person = registered();
    expect(
      violation(() =>
        person.setMobilityPreferences(
          { ...NO_PREFERENCES, moveKindsWanted: ['SECONDMENT_IN' as never] },
          now,
          policy,
        ),
      ),
    ).toMatchObject({ code: 'PERSON.INVALID_PREFERENCES' });
  });
});

describe('Person specialist track', () => {
  it("joins a track of the person's profession at a grade on its ladder; the track's minimum term applies", () => {
    const person = registered({ startedInPostOn: '2025-01-31' });
    person.joinSpecialistTrack(DATA_SCIENCE, '2026-11-24', now, policy);
    expect(person.snapshot()).toMatchObject({
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      specialistTrackJoinedOn: '2026-11-24',
    });
    expect(person.pullEvents()[0]).toMatchObject({
      type: 'PersonTrackChanged',
      version: 2,
      specialistTrackCode: 'DDAT.DATA_SCIENCE',
      tenure: { minimumTermEndsOn: '2027-01-31' },
    });
  });

  it('refuses a track of another profession or a grade off its ladder', () => {
    expect(
      violation(() =>
        registered({ profession: 'Policy' }).joinSpecialistTrack(DATA_SCIENCE, '2026-11-24', now, policy),
      ),
    ).toMatchObject({ code: 'PERSON.TRACK_PROFESSION_MISMATCH' });
    expect(
      violation(() =>
        registered({ grade: 'EO' }).joinSpecialistTrack(DATA_SCIENCE, '2026-11-24', now, policy),
      ),
    ).toMatchObject({ code: 'PERSON.GRADE_NOT_ON_TRACK' });
  });

  it('refuses a change of profession or grade that takes the person off their track', () => {
    const person = registered();
    person.joinSpecialistTrack(DATA_SCIENCE, '2026-11-24', now, policy);
    expect(
      violation(() => person.changeDetails({ profession: 'Policy' }, now, policy, DATA_SCIENCE)),
    ).toMatchObject({
      code: 'PERSON.TRACK_PROFESSION_MISMATCH',
    });
    expect(violation(() => person.changeDetails({ grade: 'SCS2' }, now, policy, DATA_SCIENCE))).toMatchObject(
      {
        code: 'PERSON.GRADE_NOT_ON_TRACK',
      },
    );
    person.changeDetails({ grade: 'G6' }, now, policy, DATA_SCIENCE);
    expect(person.snapshot()).toMatchObject({ grade: 'G6', specialistTrackCode: 'DDAT.DATA_SCIENCE' });
  });

  it('leaves the track, back to the default minimum; leaving when not on one is refused', () => {
    const person = registered();
    expect(violation(() => person.leaveSpecialistTrack(now, policy))).toMatchObject({
      code: 'PERSON.NOT_ON_TRACK',
    });
    person.joinSpecialistTrack(DATA_SCIENCE, '2026-11-24', now, policy);
    person.leaveSpecialistTrack(now, policy);
    const events = person.pullEvents();
    expect(events.map((event) => event.version)).toEqual([2, 3]);
    expect(events[1]).toMatchObject({
      specialistTrackCode: undefined,
      tenure: { minimumTermEndsOn: '2026-01-31' },
    });
  });
});

describe('Person.recordLeaver', () => {
  it('closes the record: status LEFT, PersonLeft raised, and no further change accepted', () => {
    const person = registered();
    person.recordLeaver('2026-12-31', now, policy);
    expect(person.snapshot()).toMatchObject({ status: 'LEFT', leftOn: '2026-12-31', version: 2 });
    expect(person.pullEvents()[0]).toMatchObject({ type: 'PersonLeft', version: 2, leftOn: '2026-12-31' });
    expect(violation(() => person.setSkillsToDevelop([], now, policy))).toMatchObject({
      code: 'PERSON.HAS_LEFT',
    });
    expect(violation(() => person.recordLeaver('2027-01-01', now, policy))).toMatchObject({
      code: 'PERSON.HAS_LEFT',
    });
  });

  it('refuses a leaving date before the person started in post', () => {
    expect(violation(() => registered().recordLeaver('2020-01-01', now, policy))).toMatchObject({
      code: 'PERSON.INVALID_DATE',
    });
  });
});

describe('Person.applyMoveOutcome', () => {
  const LOAN = '0190f6a2-2222-7000-8000-00000000000a';
  const OTHER_LOAN = '0190f6a2-2222-7000-8000-00000000000b';
  const TRANSFER = '0190f6a2-2222-7000-8000-00000000000c';

  it('a permanent move puts the person in the host department, at its grade, in a new post: tenure restarts', () => {
    const person = registered();
    expect(
      person.applyMoveOutcome(
        { kind: 'TRANSFERRED', moveId: TRANSFER, departmentCode: 'DSIT', grade: 'G6', on: '2026-12-01' },
        now,
        policy,
      ),
    ).toBe(true);
    expect(person.snapshot()).toMatchObject({
      departmentCode: 'DSIT',
      grade: 'G6',
      status: 'ACTIVE',
      startedInPostOn: '2026-12-01',
    });
    expect(person.pullEvents()).toMatchObject([
      {
        type: 'PersonDetailsChanged',
        version: 2,
        details: { departmentCode: 'DSIT', grade: 'G6', status: 'ACTIVE', startedInPostOn: '2026-12-01' },
        tenure: { minimumTermEndsOn: '2027-12-01' },
      },
    ]);
  });

  it('a loan sends the person away without changing their substantive department, grade or post; its end brings them home', () => {
    const person = registered();
    person.applyMoveOutcome(
      { kind: 'WENT_AWAY', moveId: LOAN, status: 'ON_LOAN', on: '2026-12-01' },
      now,
      policy,
    );
    expect(person.snapshot()).toMatchObject({
      departmentCode: 'HMRC',
      grade: 'G7',
      status: 'ON_LOAN',
      awayOnMoveId: LOAN,
      startedInPostOn: '2025-01-31',
    });
    person.applyMoveOutcome({ kind: 'CAME_HOME', moveId: LOAN, on: '2027-11-30' }, now, policy);
    expect(person.snapshot()).toMatchObject({
      departmentCode: 'HMRC',
      status: 'ACTIVE',
      startedInPostOn: '2025-01-31',
      version: 3,
    });
    expect(person.snapshot().awayOnMoveId).toBeUndefined();
    expect(person.pullEvents().map((event) => [event.type, event.version])).toEqual([
      ['PersonDetailsChanged', 2],
      ['PersonDetailsChanged', 3],
    ]);
  });

  it('changes nothing and raises nothing for an outcome the record already shows', () => {
    const person = registered();
    const away = { kind: 'WENT_AWAY', moveId: LOAN, status: 'ON_SECONDMENT', on: '2026-12-01' } as const;
    const transfer = {
      kind: 'TRANSFERRED',
      moveId: TRANSFER,
      departmentCode: 'DSIT',
      grade: 'G7',
      on: '2026-06-01',
    } as const;
    expect(person.applyMoveOutcome(transfer, now, policy)).toBe(true);
    expect(person.applyMoveOutcome(transfer, now, policy)).toBe(false);
    expect(person.applyMoveOutcome(away, now, policy)).toBe(true);
    expect(person.applyMoveOutcome(away, now, policy)).toBe(false);
    expect(person.pullEvents()).toHaveLength(2);
    expect(person.version).toBe(3);
  });

  it('only the move the person is away on brings them home: a late end of an earlier loan leaves them away', () => {
    const person = registered();
    person.applyMoveOutcome(
      { kind: 'WENT_AWAY', moveId: OTHER_LOAN, status: 'ON_LOAN', on: '2027-01-01' },
      now,
      policy,
    );
    expect(person.applyMoveOutcome({ kind: 'CAME_HOME', moveId: LOAN, on: '2027-01-01' }, now, policy)).toBe(
      false,
    );
    expect(person.snapshot()).toMatchObject({ status: 'ON_LOAN', awayOnMoveId: OTHER_LOAN, version: 2 });
  });

  it('a loan made permanent makes the host department theirs, ACTIVE, in a new post from the conversion', () => {
    const person = registered();
    person.applyMoveOutcome(
      { kind: 'WENT_AWAY', moveId: LOAN, status: 'ON_LOAN', on: '2026-12-01' },
      now,
      policy,
    );
    person.applyMoveOutcome(
      { kind: 'TRANSFERRED', moveId: LOAN, departmentCode: 'DSIT', on: '2027-06-01' },
      now,
      policy,
    );
    expect(person.snapshot()).toMatchObject({
      departmentCode: 'DSIT',
      grade: 'G7',
      status: 'ACTIVE',
      startedInPostOn: '2027-06-01',
    });
    expect(person.snapshot().awayOnMoveId).toBeUndefined();
  });

  it('refuses a person who has left', () => {
    const person = registered();
    person.recordLeaver('2026-12-31', now, policy);
    expect(
      violation(() =>
        person.applyMoveOutcome({ kind: 'CAME_HOME', moveId: LOAN, on: '2027-01-01' }, now, policy),
      ),
    ).toMatchObject({ code: 'PERSON.HAS_LEFT' });
  });
});
