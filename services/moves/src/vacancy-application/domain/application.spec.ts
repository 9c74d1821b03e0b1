import { Application } from './application.aggregate';
import { AdvertisedVacancy, Applicant, ineligibilityReasons, ReferenceOrders } from './eligibility.rule';

const orders: ReferenceOrders = {
  grades: ['AA', 'AO', 'EO', 'HEO', 'SEO', 'G7', 'G6', 'SCS1', 'SCS2', 'SCS3', 'SCS4'],
  clearanceLevels: ['BPSS', 'CTC', 'SC', 'DV'],
};
const now = new Date('2026-11-24T10:00:00Z');
const today = '2026-11-24';
const person: Applicant = { departmentCode: 'DWP', grade: 'SEO', status: 'ACTIVE', securityClearance: 'SC' };
const vacancy: AdvertisedVacancy = {
  departmentCode: 'DSIT',
  grade: 'SEO',
  status: 'OPEN',
  moveKinds: ['LEVEL_TRANSFER', 'LOAN'],
  visibility: 'ALL_DEPARTMENTS',
  closingDate: '2026-12-15',
  clearanceRequired: 'SC',
};
const reasons = (p: Partial<Applicant>, v: Partial<AdvertisedVacancy>, kind = 'LEVEL_TRANSFER') =>
  ineligibilityReasons({ ...person, ...p }, { ...vacancy, ...v }, kind, '2026-11-24', orders);

describe('eligibility to apply', () => {
  it('lets a same-grade person with the clearance apply for a level transfer or loan', () => {
    expect(reasons({}, {})).toEqual([]);
    expect(reasons({}, {}, 'LOAN')).toEqual([]);
  });

  it('needs the same grade for a level transfer or loan, exactly one up for a promotion', () => {
    expect(reasons({ grade: 'HEO' }, {})).toEqual(['GRADE_MISMATCH']);
    expect(reasons({ grade: 'HEO' }, { moveKinds: ['PROMOTION'] }, 'PROMOTION')).toEqual([]);
    expect(reasons({ grade: 'EO' }, { moveKinds: ['PROMOTION'] }, 'PROMOTION')).toEqual(['NOT_ONE_GRADE_UP']);
    expect(reasons({}, { moveKinds: ['PROMOTION'] }, 'PROMOTION')).toEqual(['NOT_ONE_GRADE_UP']);
  });

  it('lists every reason at once', () => {
    expect(
      reasons(
        { securityClearance: 'BPSS', departmentCode: 'DSIT' },
        { status: 'CLOSED', moveKinds: ['LOAN'] },
      ),
    ).toEqual(['VACANCY_NOT_OPEN', 'KIND_NOT_OFFERED', 'SAME_DEPARTMENT', 'CLEARANCE_NOT_HELD']);
  });

  it('treats a passed closing date as closed, and hides own-department vacancies from others', () => {
    expect(reasons({}, { closingDate: '2026-11-23' })).toEqual(['VACANCY_NOT_OPEN']);
    expect(reasons({}, { visibility: 'OWN_DEPARTMENT' })).toEqual(['NOT_VISIBLE']);
  });

  it('needs a clearance at least as strong as required', () => {
    expect(reasons({ securityClearance: 'DV' }, {})).toEqual([]);
    expect(reasons({ securityClearance: undefined }, {})).toEqual(['CLEARANCE_NOT_HELD']);
    expect(reasons({ securityClearance: undefined }, { clearanceRequired: undefined })).toEqual([]);
  });
});

describe('Application', () => {
  const submit = () =>
    Application.submit(
      'application-1',
      {
        personId: 'person-1',
        vacancyId: 'vacancy-1',
        kind: 'LOAN',
        statement: ' I built the DWP data platform. ',
      },
      person,
      vacancy,
      orders,
      now,
      today,
    );

  it('is submitted with a trimmed statement, and refused with every reason when not eligible', () => {
    const application = submit();
    expect(application.snapshot()).toMatchObject({
      status: 'SUBMITTED',
      statement: 'I built the DWP data platform.',
    });
    expect(application.pullEvents()).toEqual([
      expect.objectContaining({ type: 'ApplicationSubmitted', version: 1 }),
    ]);
    expect(() =>
      Application.submit(
        'a',
        { personId: 'p', vacancyId: 'v', kind: 'PROMOTION', statement: 'x' },
        person,
        vacancy,
        orders,
        now,
        today,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'APPLICATION.NOT_ELIGIBLE',
        reasons: ['KIND_NOT_OFFERED', 'NOT_ONE_GRADE_UP'],
      }),
    );
  });

  it('is shortlisted and offered, and an offer names its move', () => {
    const application = submit();
    application.shortlist(now);
    application.offer('move-1', now);
    expect(application.snapshot()).toMatchObject({ status: 'OFFERED', moveId: 'move-1', version: 3 });
    expect(() => application.withdraw(now)).toThrow(
      expect.objectContaining({ code: 'APPLICATION.INVALID_TRANSITION' }),
    );
  });

  it('needs feedback to reject', () => {
    const application = submit();
    expect(() => application.reject(' ', now)).toThrow(
      expect.objectContaining({ code: 'APPLICATION.FEEDBACK_REQUIRED' }),
    );
    application.reject('Others showed more experience of Spark', now);
    expect(application.snapshot().feedback).toBe('Others showed more experience of Spark');
  });
});
