import { CreateVacancyProps, Vacancy, VacancyChanges } from './vacancy.aggregate';
import { VacancyIncomplete, VacancyRuleViolation } from './vacancy.errors';

const now = new Date('2026-11-24T10:00:00Z');
const id = '0190f6a2-2222-7000-8000-000000000001';
const creator = '0190f6a2-2222-7000-8000-0000000000c1';

const draftProps = (overrides: Partial<CreateVacancyProps> = {}): CreateVacancyProps => ({
  departmentCode: 'DSIT',
  title: ' Senior data scientist ',
  description: 'Lead data science for the AI Safety Institute.',
  grade: 'G7',
  profession: 'Digital, Data and Technology',
  posts: 2,
  ftePerPost: 1,
  ...overrides,
});

/** Everything publishing needs, for a permanent move. */
const complete: VacancyChanges = {
  moveKinds: ['LEVEL_TRANSFER', 'PROMOTION'],
  locations: ['London', 'Manchester'],
  behaviours: ['Working Together', 'Delivering at Pace'],
  requiredSkills: [{ skillCode: 'DDAT.DATA_SCIENCE', minimumLevel: 'PRACTITIONER', essential: true }],
  clearanceRequired: 'SC',
  closingDate: '2026-12-31',
};

const draft = (overrides: Partial<CreateVacancyProps> = {}) =>
  Vacancy.create(id, draftProps(overrides), creator, now);
const ready = (changes: VacancyChanges = {}) => {
  const vacancy = draft({ ...complete, ...changes } as Partial<CreateVacancyProps>);
  return vacancy;
};
const open = (changes: VacancyChanges = {}) => {
  const vacancy = ready(changes);
  vacancy.publish(now);
  vacancy.pullEvents();
  return vacancy;
};

function caught(work: () => void): VacancyRuleViolation {
  try {
    work();
  } catch (error) {
    if (error instanceof VacancyRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a rule violation');
}

describe('Vacancy.create', () => {
  it('drafts a vacancy at version 1 with its creator, and raises nothing (a draft is nobody else’s business)', () => {
    const vacancy = draft();
    expect(vacancy.snapshot()).toMatchObject({
      id,
      title: 'Senior data scientist',
      status: 'DRAFT',
      version: 1,
      posts: 2,
      createdBy: creator,
      visibility: 'ALL_DEPARTMENTS',
      moveKinds: [],
      closingDate: null,
    });
    expect(vacancy.pullEvents()).toEqual([]);
  });

  it.each([
    [{ posts: 0 }, 'VACANCY.POSTS_OUT_OF_RANGE', 'posts'],
    [{ posts: 1.5 }, 'VACANCY.POSTS_OUT_OF_RANGE', 'posts'],
    [{ ftePerPost: 0 }, 'VACANCY.FTE_OUT_OF_RANGE', 'ftePerPost'],
    [{ grade: 'Grade 7' }, 'VACANCY.UNKNOWN_GRADE', 'grade'],
    [{ title: ' ' }, 'VACANCY.TITLE_REQUIRED', 'title'],
    [{ description: '' }, 'VACANCY.DESCRIPTION_REQUIRED', 'description'],
    [{ departmentCode: '1' }, 'VACANCY.INVALID_DEPARTMENT_CODE', 'departmentCode'],
    [{ profession: '' }, 'VACANCY.PROFESSION_REQUIRED', 'profession'],
    [{ moveKinds: ['SECONDMENT_OUT'] }, 'VACANCY.UNKNOWN_MOVE_KIND', 'moveKinds'],
    [{ behaviours: ['Being Brilliant'] }, 'VACANCY.UNKNOWN_BEHAVIOUR', 'behaviours'],
    [{ clearanceRequired: 'TOP_SECRET' }, 'VACANCY.UNKNOWN_CLEARANCE', 'clearanceRequired'],
    [{ closingDate: '2026-02-30' }, 'VACANCY.INVALID_CLOSING_DATE', 'closingDate'],
    [{ durationMonths: 0 }, 'VACANCY.DURATION_OUT_OF_RANGE', 'durationMonths'],
    [{ hoursPerWeek: 40 }, 'VACANCY.HOURS_OUT_OF_RANGE', 'hoursPerWeek'],
    [{ visibility: 'PUBLIC' }, 'VACANCY.UNKNOWN_VISIBILITY', 'visibility'],
    [
      {
        requiredSkills: [
          { skillCode: 'A', minimumLevel: 'WORKING', essential: true },
          { skillCode: 'A', minimumLevel: 'EXPERT', essential: false },
        ],
      },
      'VACANCY.INVALID_SKILLS',
      'requiredSkills',
    ],
  ])('refuses %p with %s on %s', (overrides, code, field) => {
    expect(caught(() => draft(overrides as Partial<CreateVacancyProps>))).toMatchObject({ code, field });
  });

  it('restores a stored vacancy without raising events', () => {
    expect(Vacancy.restore(draft().snapshot()).pullEvents()).toEqual([]);
  });
});

describe('Vacancy.publish', () => {
  it('opens a complete draft and raises VacancyPublished with the whole record', () => {
    const vacancy = ready();
    vacancy.publish(now);
    expect(vacancy.snapshot()).toMatchObject({ status: 'OPEN', version: 2, publishedAt: now });
    const [event, ...others] = vacancy.pullEvents();
    expect(others).toEqual([]);
    expect(event).toMatchObject({
      type: 'VacancyPublished',
      vacancyId: id,
      vacancy: expect.objectContaining({
        status: 'OPEN',
        closingDate: '2026-12-31',
        clearanceRequired: 'SC',
      }),
    });
  });

  it('lists everything an empty draft lacks, at once', () => {
    const error = caught(() => draft().publish(now));
    expect(error).toBeInstanceOf(VacancyIncomplete);
    expect((error as VacancyIncomplete).missing.map((item) => item.field)).toEqual([
      'moveKinds',
      'locations',
      'behaviours',
      'closingDate',
    ]);
    expect(error.message).toMatch(/moveKinds is required.*closingDate is required/);
  });

  it.each<[string, VacancyChanges, string[]]>([
    ['a closing date today', { closingDate: '2026-11-24' }, ['closingDate']],
    ['a loan without a duration', { moveKinds: ['LOAN'] }, ['durationMonths']],
    ['a duration for a permanent move', { durationMonths: 6 }, ['durationMonths']],
    [
      'a loan over 24 months without a justification',
      { moveKinds: ['LOAN'], durationMonths: 30 },
      ['loanJustification'],
    ],
    [
      'a secondment in over 9 months',
      { moveKinds: ['SECONDMENT_IN'], durationMonths: 12 },
      ['durationMonths'],
    ],
    [
      'a short assignment without hours',
      { moveKinds: ['SHORT_ASSIGNMENT'], durationMonths: 3 },
      ['hoursPerWeek'],
    ],
    ['hours for a permanent move', { hoursPerWeek: 10 }, ['hoursPerWeek']],
  ])('refuses %s', (_case, changes, fields) => {
    const error = caught(() => ready(changes).publish(now)) as VacancyIncomplete;
    expect(error.code).toBe('VACANCY.INCOMPLETE');
    expect(error.missing.map((item) => item.field)).toEqual(fields);
  });

  it.each<[string, VacancyChanges]>([
    [
      'a justified long loan',
      { moveKinds: ['LOAN'], durationMonths: 30, loanJustification: 'A two-year programme' },
    ],
    ['a 9-month secondment in', { moveKinds: ['SECONDMENT_IN'], durationMonths: 9 }],
    ['a short assignment', { moveKinds: ['SHORT_ASSIGNMENT'], durationMonths: 3, hoursPerWeek: 7.5 }],
    ['remote work without a location', { locations: [], remotePossible: true }],
  ])('accepts %s', (_case, changes) => {
    const vacancy = ready(changes);
    vacancy.publish(now);
    expect(vacancy.status).toBe('OPEN');
  });

  it('publishes only a draft', () => {
    expect(caught(() => open().publish(now))).toMatchObject({ code: 'VACANCY.INVALID_TRANSITION' });
  });
});

describe('Vacancy.update', () => {
  it('changes a draft without telling anyone, and may leave it incomplete', () => {
    const vacancy = draft();
    vacancy.update({ title: 'Principal data scientist', closingDate: '2026-01-01' }, now, 0);
    expect(vacancy.snapshot()).toMatchObject({ title: 'Principal data scientist', version: 2 });
    expect(vacancy.pullEvents()).toEqual([]);
  });

  it('changes an open vacancy and raises VacancyChanged with the whole record', () => {
    const vacancy = open();
    vacancy.update({ posts: 3, specialism: 'Machine learning' }, now, 1);
    expect(vacancy.pullEvents()).toEqual([
      expect.objectContaining({
        type: 'VacancyChanged',
        vacancy: expect.objectContaining({ posts: 3, specialism: 'Machine learning', version: 3 }),
      }),
    ]);
  });

  it('keeps an open vacancy publishable, and never below the posts already taken', () => {
    expect(caught(() => open().update({ closingDate: null }, now, 0))).toMatchObject({
      code: 'VACANCY.INCOMPLETE',
    });
    expect(caught(() => open().update({ posts: 1 }, now, 2))).toMatchObject({
      code: 'VACANCY.POSTS_BELOW_TAKEN',
    });
  });

  it('refuses to change a closed, filled or cancelled vacancy', () => {
    const closed = open();
    closed.close(now);
    expect(caught(() => closed.update({ title: 'X' }, now, 0))).toMatchObject({
      code: 'VACANCY.NOT_EDITABLE',
    });
  });
});

describe('Vacancy lifecycle', () => {
  it('closes, then fills when every post is filled', () => {
    const vacancy = open();
    vacancy.close(now);
    expect(vacancy.markFilled(1, now)).toBe(false);
    expect(vacancy.markFilled(2, now)).toBe(true);
    expect(vacancy.snapshot()).toMatchObject({ status: 'FILLED', closedAt: now });
    expect(vacancy.pullEvents().map((event) => [event.type, 'status' in event && event.status])).toEqual([
      ['VacancyClosed', 'CLOSED'],
      ['VacancyFilled', 'FILLED'],
    ]);
  });

  it('closes itself only after its closing date, once', () => {
    const vacancy = open();
    expect(vacancy.closeAtClosingDate(new Date('2026-12-31T23:59:59Z'))).toBe(false);
    expect(vacancy.closeAtClosingDate(new Date('2027-01-01T00:00:00Z'))).toBe(true);
    expect(vacancy.closeAtClosingDate(new Date('2027-01-02T00:00:00Z'))).toBe(false);
    expect(vacancy.pullEvents().map((event) => event.type)).toEqual(['VacancyClosed']);
  });

  it('cancels a draft, an open or a closed vacancy with a reason, but not a filled one', () => {
    for (const vacancy of [draft(), open()]) {
      vacancy.cancel(' Funding withdrawn ', now);
      expect(vacancy.snapshot()).toMatchObject({
        status: 'CANCELLED',
        cancellationReason: 'Funding withdrawn',
      });
    }
    expect(caught(() => open().cancel(' ', now))).toMatchObject({
      code: 'VACANCY.CANCELLATION_REASON_REQUIRED',
    });
    const filled = open();
    filled.markFilled(2, now);
    expect(caught(() => filled.cancel('Too late', now))).toMatchObject({
      code: 'VACANCY.INVALID_TRANSITION',
    });
  });

  it('takes reservations while open or closed only', () => {
    const vacancy = open();
    expect([draft().acceptsReservations(), vacancy.acceptsReservations()]).toEqual([false, true]);
    vacancy.close(now);
    expect(vacancy.acceptsReservations()).toBe(true);
    vacancy.cancel('Reorganisation', now);
    expect(vacancy.acceptsReservations()).toBe(false);
  });
});
