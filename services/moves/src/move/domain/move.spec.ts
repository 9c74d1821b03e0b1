import { PUBLISHED_MOVE_LIMITS } from './move-limits';
import { Move } from './move.aggregate';
import { MoveActor } from './move.domain-events';
import { MoveTerms } from './move-terms.rules';

const now = new Date('2026-11-24T10:00:00Z');
const planner: MoveActor = { role: 'PLANNER', personId: 'p-1', departmentCode: 'CO' };
const home: MoveActor = { role: 'HOME_DEPARTMENT', personId: 'h-1', departmentCode: 'DWP' };
const host: MoveActor = { role: 'HOST_DEPARTMENT', personId: 'h-2', departmentCode: 'DSIT' };
const person: MoveActor = { role: 'PERSON', personId: 'person-1' };

const loan: MoveTerms = {
  kind: 'LOAN',
  personId: 'person-1',
  homeDepartmentCode: 'DWP',
  hostDepartmentCode: 'DSIT',
  grade: 'SEO',
  startsOn: '2027-01-04',
  endsOn: '2028-01-03',
  payer: 'HOST',
};
const pastMinimumTerm = { minimumTermEndsOn: '2026-06-01' };

function proposed(
  terms: Partial<MoveTerms> = {},
  tenure = pastMinimumTerm,
  origin: 'PLANNER' | 'APPLICATION' = 'PLANNER',
) {
  return Move.propose(
    'move-1',
    { origin, terms: { ...loan, ...terms } },
    tenure,
    PUBLISHED_MOVE_LIMITS,
    now,
    planner,
  );
}

function agreed(terms: Partial<MoveTerms> = {}) {
  const move = proposed(terms);
  move.giveConsent(now, person);
  move.agreeRelease('2027-01-04', now, home);
  move.acceptAsHost(now, host);
  return move;
}

const types = (move: Move) => move.pullEvents().map((event) => event.type);

describe('Move: proposal and tenure', () => {
  it('waits for agreement when the person is past their minimum term', () => {
    const move = proposed();
    expect(move.status).toBe('AWAITING_AGREEMENT');
    expect(types(move)).toEqual(['MoveProposed', 'MoveAwaitingAgreement']);
  });

  it('holds a move inside the minimum term and refuses agreements until a planner releases it with a reason', () => {
    const move = proposed({}, { minimumTermEndsOn: '2027-06-01' });
    expect(move.status).toBe('TENURE_HOLD');
    expect(() => move.giveConsent(now, person)).toThrow(
      expect.objectContaining({ code: 'MOVE.TENURE_HOLD' }),
    );
    expect(() => move.releaseTenureHold('ok', now, planner)).toThrow(
      expect.objectContaining({ code: 'MOVE.REASON_REQUIRED' }),
    );
    move.releaseTenureHold('Critical data migration needs her now', now, planner);
    expect(move.status).toBe('AWAITING_AGREEMENT');
    expect(move.snapshot().tenureHold).toEqual({
      minimumTermEndsOn: '2027-06-01',
      releasedBy: planner,
      reason: 'Critical data migration needs her now',
    });
    expect(types(move)).toEqual(['MoveProposed', 'MoveHeldForTenure', 'TenureHoldReleased']);
  });

  it('refuses a planner-proposed promotion: promotions come through applications', () => {
    expect(() => proposed({ kind: 'PROMOTION', endsOn: undefined, grade: 'G7' })).toThrow(
      expect.objectContaining({ code: 'MOVE.PROMOTION_NEEDS_APPLICATION' }),
    );
  });

  it('checks the terms of each kind', () => {
    expect(() => proposed({ endsOn: undefined })).toThrow(
      expect.objectContaining({ code: 'MOVE.END_DATE_REQUIRED' }),
    );
    expect(() => proposed({ kind: 'LEVEL_TRANSFER' })).toThrow(
      expect.objectContaining({ code: 'MOVE.END_DATE_NOT_ALLOWED' }),
    );
    expect(() => proposed({ hostDepartmentCode: 'DWP' })).toThrow(
      expect.objectContaining({ code: 'MOVE.SAME_DEPARTMENT' }),
    );
    expect(() => proposed({ endsOn: '2029-02-01' })).toThrow(
      expect.objectContaining({ code: 'MOVE.LOAN_NEEDS_JUSTIFICATION' }),
    );
    expect(proposed({ endsOn: '2029-02-01', justification: 'Two-year programme overran' }).status).toBe(
      'AWAITING_AGREEMENT',
    );
    expect(() => proposed({ kind: 'SHORT_ASSIGNMENT' })).toThrow(
      expect.objectContaining({ code: 'MOVE.HOURS_REQUIRED' }),
    );
  });

  it('limits a secondment in to nine months', () => {
    const secondmentIn = {
      kind: 'SECONDMENT_IN' as const,
      homeDepartmentCode: undefined,
      externalOrganisation: 'Alan Turing Institute',
    };
    const offer = (endsOn: string) =>
      Move.propose(
        'm',
        { origin: 'APPLICATION', terms: { ...loan, ...secondmentIn, endsOn } },
        {},
        PUBLISHED_MOVE_LIMITS,
        now,
        host,
      );
    expect(() => offer('2027-10-05')).toThrow(
      expect.objectContaining({ code: 'MOVE.SECONDMENT_IN_TOO_LONG' }),
    );
    const move = offer('2027-10-04');
    // No home department to release an outside expert, and no consent to ask of someone who applied.
    move.acceptAsHost(now, host);
    expect(move.status).toBe('SCHEDULED');
  });
});

describe('Move: the three-way agreement', () => {
  it('is agreed and scheduled when consent, release and acceptance are all in, in any order', () => {
    const move = proposed();
    move.acceptAsHost(now, host);
    move.agreeRelease('2027-01-04', now, home);
    expect(move.status).toBe('AWAITING_AGREEMENT');
    move.giveConsent(now, person);
    expect(move.status).toBe('SCHEDULED');
    expect(types(move).slice(-2)).toEqual(['MoveAgreed', 'MoveScheduled']);
  });

  it('starts on the home department’s later release date', () => {
    const move = proposed();
    move.agreeRelease('2027-03-01', now, home);
    expect(move.snapshot().terms.startsOn).toBe('2027-03-01');
    expect(move.snapshot().requestedStartOn).toBe('2027-01-04');
  });

  it('refuses a release that leaves nothing of a temporary move', () => {
    expect(() => proposed().agreeRelease('2028-01-03', now, home)).toThrow(
      expect.objectContaining({ code: 'MOVE.INVALID_DATES' }),
    );
  });

  it('refuses the same agreement twice and consent on an application', () => {
    const move = proposed();
    move.giveConsent(now, person);
    expect(() => move.giveConsent(now, person)).toThrow(
      expect.objectContaining({ code: 'MOVE.ALREADY_AGREED' }),
    );
    const offer = proposed({}, pastMinimumTerm, 'APPLICATION');
    expect(() => offer.giveConsent(now, person)).toThrow(
      expect.objectContaining({ code: 'MOVE.AGREEMENT_NOT_NEEDED' }),
    );
  });

  it('asks vacancies for a post when the move fills one, and is agreed or refused by the answer', () => {
    const move = agreed({ vacancyId: 'vacancy-1' });
    expect(move.status).toBe('AWAITING_POST');
    expect(move.pullEvents().at(-1)).toMatchObject({ type: 'PostRequested', vacancyId: 'vacancy-1' });
    move.postReserved(now);
    expect(move.status).toBe('SCHEDULED');
    move.postReserved(now);
    expect(types(move)).toEqual(['MoveAgreed', 'MoveScheduled']);

    const refused = agreed({ vacancyId: 'vacancy-1' });
    refused.postRefused('NO_POSTS_LEFT', now);
    expect(refused.status).toBe('REFUSED');
    expect(refused.snapshot().stopReason).toBe('NO_POSTS_LEFT');
  });

  it('stops a scheduled move whose post vacancies gave back unasked, and ignores the release it asked for', () => {
    const move = agreed({ vacancyId: 'vacancy-1' });
    move.postReserved(now);
    move.pullEvents();
    move.postReleased(now);
    expect(move.status).toBe('CANCELLED');
    expect(move.snapshot().stopReason).toBe('VACANCY_CANCELLED');
    expect(move.pullEvents()).toEqual([
      expect.objectContaining({ type: 'MoveCancelled', postRequested: true, by: { role: 'SYSTEM' } }),
    ]);
    move.postReleased(now);
    expect(move.pullEvents()).toEqual([]);

    const withdrawn = agreed({ vacancyId: 'vacancy-1' });
    withdrawn.postReserved(now);
    withdrawn.withdraw(undefined, now, person);
    withdrawn.pullEvents();
    withdrawn.postReleased(now);
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.pullEvents()).toEqual([]);
  });

  it('ignores a reservation answer for a move withdrawn meanwhile, and says a post was asked for', () => {
    const move = agreed({ vacancyId: 'vacancy-1' });
    move.withdraw('Found another role', now, person);
    expect(move.pullEvents().at(-1)).toMatchObject({ type: 'MoveWithdrawn', postRequested: true });
    move.postReserved(now);
    expect(move.status).toBe('WITHDRAWN');
    expect(move.pullEvents()).toEqual([]);
  });
});

describe('Move: dates and the end of a temporary move', () => {
  it('starts only on or after its start date, once', () => {
    const move = agreed();
    expect(() => move.start('2027-01-03', now)).toThrow(
      expect.objectContaining({ code: 'MOVE.NOT_YET_DUE' }),
    );
    move.start('2027-01-10', now);
    move.start('2027-01-11', now);
    expect(move.status).toBe('STARTED');
    expect(move.pullEvents().filter((event) => event.type === 'MoveStarted')).toEqual([
      expect.objectContaining({ startedOn: '2027-01-04' }),
    ]);
  });

  it('ends a loan on its end date, extends it, or makes it permanent', () => {
    const ending = agreed();
    ending.start('2027-01-04', now);
    expect(() => ending.end('2028-01-02', now)).toThrow(
      expect.objectContaining({ code: 'MOVE.NOT_YET_DUE' }),
    );
    ending.end('2028-01-03', now);
    ending.end('2028-01-04', now);
    expect(ending.status).toBe('ENDED');

    const extended = agreed();
    extended.start('2027-01-04', now);
    expect(() => extended.extend('2029-06-01', undefined, PUBLISHED_MOVE_LIMITS, now, planner)).toThrow(
      expect.objectContaining({ code: 'MOVE.LOAN_NEEDS_JUSTIFICATION' }),
    );
    extended.extend('2028-12-31', undefined, PUBLISHED_MOVE_LIMITS, now, planner);
    expect(extended.status).toBe('EXTENDED');
    extended.makePermanent(now, planner);
    expect(extended.status).toBe('MADE_PERMANENT');
  });

  it('keeps permanent moves permanent', () => {
    const transfer = agreed({ kind: 'LEVEL_TRANSFER', endsOn: undefined });
    transfer.start('2027-01-04', now);
    expect(() => transfer.end('2030-01-01', now)).toThrow(
      expect.objectContaining({ code: 'MOVE.NOT_TEMPORARY' }),
    );
  });

  it('can be withdrawn, rejected or cancelled only before it starts', () => {
    const move = agreed();
    move.start('2027-01-04', now);
    expect(() => move.cancel('No longer needed', now, planner)).toThrow(
      expect.objectContaining({ code: 'MOVE.INVALID_TRANSITION' }),
    );
    const rejected = proposed();
    expect(() => rejected.reject('  ', now, home)).toThrow(
      expect.objectContaining({ code: 'MOVE.REASON_REQUIRED' }),
    );
    rejected.reject('Cannot backfill before April', now, home);
    expect(rejected.status).toBe('REJECTED');
  });

  it('numbers its events, one version each', () => {
    const move = agreed();
    expect(move.pullEvents().map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(move.snapshot().version).toBe(7);
  });
});
