import { dateOf, IsoDate, laterOf } from './calendar';
import { isTemporary, plannerMayPropose } from './move-kind';
import { MoveLimits } from './move-limits';
import { isBeforeStart, isInProgress, MoveStatus } from './move-status';
import { checkDuration, checkTerms, MoveTerms } from './move-terms.rules';
import { MoveActor, MoveDomainEvent } from './move.domain-events';
import { MoveRuleViolation } from './move.errors';
import { isInsideMinimumTerm, PersonTenure } from './tenure-hold.rule';

export type MoveOrigin = 'PLANNER' | 'APPLICATION';

/** The three-way agreement (DOMAIN.md): the person's consent, the home department's release, the host's acceptance. */
export interface MoveAgreements {
  consentNeeded: boolean;
  releaseNeeded: boolean;
  consentGivenAt?: Date;
  release?: { releaseOn: IsoDate; at: Date; by: MoveActor };
  acceptance?: { at: Date; by: MoveActor };
}

export interface MoveSnapshot {
  id: string;
  origin: MoveOrigin;
  applicationId?: string;
  terms: MoveTerms;
  /** The start first asked for; `terms.startsOn` moves later when the home department releases later. */
  requestedStartOn: IsoDate;
  status: MoveStatus;
  agreements: MoveAgreements;
  tenureHold?: { minimumTermEndsOn: IsoDate; releasedBy?: MoveActor; reason?: string };
  postRequested: boolean;
  /** Why the move ended before it started (refused, withdrawn, rejected, cancelled). */
  stopReason?: string;
  version: number;
}

type EventBody = DistributiveOmit<MoveDomainEvent, 'moveId' | 'version' | 'occurredAt' | 'status'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const SYSTEM: MoveActor = { role: 'SYSTEM' };

/** A copy nobody outside can change the move through (no structuredClone: its Dates belong to another realm in Jest). */
function copyOf(move: MoveSnapshot): MoveSnapshot {
  const { release, acceptance } = move.agreements;
  return {
    ...move,
    terms: { ...move.terms },
    agreements: {
      ...move.agreements,
      ...(release && { release: { ...release, by: { ...release.by } } }),
      ...(acceptance && { acceptance: { ...acceptance, by: { ...acceptance.by } } }),
    },
    ...(move.tenureHold && { tenureHold: { ...move.tenureHold } }),
  };
}

/**
 * A move from proposal (or offer) to its end: an explicit state machine (README, "The move workflow"). Every
 * transition is an intent-named method that checks the status it may start from and records one domain event; the
 * events are the move's timeline.
 */
export class Move {
  private events: MoveDomainEvent[] = [];

  private constructor(private readonly state: MoveSnapshot) {}

  /**
   * A planner proposes a move, or an offer on an application becomes one. Inside the person's minimum term it is
   * held at once (TENURE_HOLD); otherwise it waits for the agreements it needs.
   */
  static propose(
    id: string,
    input: { origin: MoveOrigin; applicationId?: string; terms: MoveTerms },
    person: PersonTenure,
    limits: MoveLimits,
    now: Date,
    by: MoveActor,
  ): Move {
    const terms = checkTerms(input.terms, limits);
    if (input.origin === 'PLANNER' && !plannerMayPropose(terms.kind))
      throw new MoveRuleViolation(
        terms.kind === 'PROMOTION' ? 'MOVE.PROMOTION_NEEDS_APPLICATION' : 'MOVE.INVALID_KIND',
        'kind',
        terms.kind === 'PROMOTION'
          ? 'a promotion comes only through an advertised vacancy and an application (fair and open competition)'
          : `a planner cannot propose a ${terms.kind}`,
      );
    const move = new Move({
      id,
      origin: input.origin,
      applicationId: input.applicationId,
      terms,
      requestedStartOn: terms.startsOn,
      status: 'PROPOSED',
      agreements: {
        // Applying is the person's own choice; a planner's proposal needs their consent.
        consentNeeded: input.origin === 'PLANNER',
        // An outside expert coming in has no civil service department to release them.
        releaseNeeded: terms.homeDepartmentCode !== undefined,
      },
      postRequested: false,
      version: 0,
    });
    move.record(
      'PROPOSED',
      { type: 'MoveProposed', kind: terms.kind, origin: input.origin, startsOn: terms.startsOn, by },
      now,
    );
    const destination = { ...terms, startsOn: terms.startsOn };
    if (isInsideMinimumTerm(person, destination)) {
      move.state.tenureHold = { minimumTermEndsOn: person.minimumTermEndsOn! };
      move.record(
        'TENURE_HOLD',
        { type: 'MoveHeldForTenure', minimumTermEndsOn: person.minimumTermEndsOn!, by: SYSTEM },
        now,
      );
    } else {
      move.record('AWAITING_AGREEMENT', { type: 'MoveAwaitingAgreement', by: SYSTEM }, now);
    }
    return move;
  }

  static restore(snapshot: MoveSnapshot): Move {
    return new Move(copyOf(snapshot));
  }

  get id(): string {
    return this.state.id;
  }

  get status(): MoveStatus {
    return this.state.status;
  }

  snapshot(): MoveSnapshot {
    return copyOf(this.state);
  }

  pullEvents(): MoveDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  /** Only a workforce planner may (the caller checks the role); the written reason goes to the timeline and audit. */
  releaseTenureHold(reason: string, now: Date, by: MoveActor): void {
    this.expect(['TENURE_HOLD'], 'release a tenure hold');
    const trimmed = reason.trim();
    if (trimmed.length < 10)
      throw new MoveRuleViolation(
        'MOVE.REASON_REQUIRED',
        'reason',
        'releasing a tenure hold needs a written reason (10 characters or more)',
      );
    this.state.tenureHold = { ...this.state.tenureHold!, releasedBy: by, reason: trimmed };
    this.record('AWAITING_AGREEMENT', { type: 'TenureHoldReleased', reason: trimmed, by }, now);
  }

  giveConsent(now: Date, by: MoveActor): void {
    this.expectAwaitingAgreement('consent');
    const agreements = this.state.agreements;
    if (!agreements.consentNeeded)
      throw new MoveRuleViolation(
        'MOVE.AGREEMENT_NOT_NEEDED',
        undefined,
        'the person applied: their consent is not asked',
      );
    if (agreements.consentGivenAt)
      throw new MoveRuleViolation('MOVE.ALREADY_AGREED', undefined, 'consent is already given');
    agreements.consentGivenAt = now;
    this.record('AWAITING_AGREEMENT', { type: 'ConsentGiven', by }, now);
    this.afterAgreement(now);
  }

  /** The home department lets the person go from `releaseOn`; the move then starts on the later of that and the asked date. */
  agreeRelease(releaseOn: IsoDate, now: Date, by: MoveActor): void {
    this.expectAwaitingAgreement('release');
    const agreements = this.state.agreements;
    if (!agreements.releaseNeeded)
      throw new MoveRuleViolation(
        'MOVE.AGREEMENT_NOT_NEEDED',
        undefined,
        'an outside expert has no home department to release them',
      );
    if (agreements.release)
      throw new MoveRuleViolation('MOVE.ALREADY_AGREED', undefined, 'the release is already agreed');
    const terms = this.state.terms;
    const startsOn = laterOf(terms.startsOn, releaseOn);
    if (terms.endsOn !== undefined && startsOn >= terms.endsOn)
      throw new MoveRuleViolation(
        'MOVE.INVALID_DATES',
        'releaseOn',
        `a release on ${releaseOn} leaves nothing of a move that ends on ${terms.endsOn}`,
      );
    terms.startsOn = startsOn;
    agreements.release = { releaseOn, at: now, by };
    this.record('AWAITING_AGREEMENT', { type: 'ReleaseAgreed', releaseOn, startsOn, by }, now);
    this.afterAgreement(now);
  }

  acceptAsHost(now: Date, by: MoveActor): void {
    this.expectAwaitingAgreement('acceptance');
    const agreements = this.state.agreements;
    if (agreements.acceptance)
      throw new MoveRuleViolation('MOVE.ALREADY_AGREED', undefined, 'the host has already accepted');
    agreements.acceptance = { at: now, by };
    this.record('AWAITING_AGREEMENT', { type: 'HostAccepted', by }, now);
    this.afterAgreement(now);
  }

  /** The vacancies service held a post for this move. A late or repeated answer changes nothing. */
  postReserved(now: Date): void {
    if (this.state.status !== 'AWAITING_POST') return;
    this.agree(now);
  }

  /** No post was left (or the vacancy closed to moves): the move is refused with the vacancies service's reason. */
  postRefused(reason: string, now: Date): void {
    if (this.state.status !== 'AWAITING_POST') return;
    this.state.stopReason = reason;
    this.record('REFUSED', { type: 'MoveRefused', reason, by: SYSTEM }, now);
  }

  /**
   * Vacancies gave the move's post back without being asked: the vacancy was cancelled (the only release it makes
   * unasked; filled posts are never released). The move cannot fill a post that no longer exists, so it stops before
   * its start. The release a stopped move asked for (withdrawn, rejected, cancelled) finds it stopped: nothing to do.
   */
  postReleased(now: Date): void {
    if (!['AWAITING_POST', 'AGREED', 'SCHEDULED'].includes(this.state.status)) return;
    this.state.stopReason = 'VACANCY_CANCELLED';
    this.record(
      'CANCELLED',
      {
        type: 'MoveCancelled',
        reason: this.state.stopReason,
        postRequested: this.state.postRequested,
        by: SYSTEM,
      },
      now,
    );
  }

  /** The scheduler, on or after the start date. Idempotent: a started move is left alone. */
  start(today: IsoDate, now: Date): void {
    if (
      isInProgress(this.state.status) ||
      this.state.status === 'ENDED' ||
      this.state.status === 'MADE_PERMANENT'
    )
      return;
    this.expect(['SCHEDULED'], 'start');
    if (today < this.state.terms.startsOn)
      throw new MoveRuleViolation(
        'MOVE.NOT_YET_DUE',
        undefined,
        `the move starts on ${this.state.terms.startsOn}`,
      );
    this.record('STARTED', { type: 'MoveStarted', startedOn: this.state.terms.startsOn, by: SYSTEM }, now);
  }

  /** The scheduler, on or after a temporary move's end date: the person returns home. Idempotent. */
  end(today: IsoDate, now: Date): void {
    if (this.state.status === 'ENDED') return;
    this.expectTemporaryInProgress('end');
    const endsOn = this.state.terms.endsOn!;
    if (today < endsOn)
      throw new MoveRuleViolation('MOVE.NOT_YET_DUE', undefined, `the move ends on ${endsOn}`);
    this.record('ENDED', { type: 'MoveEnded', endedOn: endsOn, by: SYSTEM }, now);
  }

  /** A new agreement to stay longer (both departments, recorded by the caller); a loan's limit counts from its start. */
  extend(
    endsOn: IsoDate,
    justification: string | undefined,
    limits: MoveLimits,
    now: Date,
    by: MoveActor,
  ): void {
    this.expectTemporaryInProgress('extend');
    const terms = this.state.terms;
    if (endsOn <= terms.endsOn!)
      throw new MoveRuleViolation('MOVE.INVALID_DATES', 'endsOn', `an extension ends after ${terms.endsOn}`);
    const extended = { ...terms, justification: justification?.trim() || terms.justification };
    checkDuration(extended, endsOn, limits);
    terms.endsOn = endsOn;
    terms.justification = extended.justification;
    this.record('EXTENDED', { type: 'MoveExtended', endsOn, justification: extended.justification, by }, now);
  }

  /** A loan converted into a permanent transfer: the person stays. */
  makePermanent(now: Date, by: MoveActor): void {
    this.expectTemporaryInProgress('make permanent');
    if (this.state.terms.kind !== 'LOAN')
      throw new MoveRuleViolation(
        'MOVE.ONLY_LOANS_MADE_PERMANENT',
        'kind',
        'only a loan can be made permanent',
      );
    this.record('MADE_PERMANENT', { type: 'MoveMadePermanent', on: dateOf(now), by }, now);
  }

  withdraw(reason: string | undefined, now: Date, by: MoveActor): void {
    this.expectBeforeStart('withdraw');
    this.state.stopReason = reason?.trim() || undefined;
    this.record(
      'WITHDRAWN',
      { type: 'MoveWithdrawn', reason: this.state.stopReason, postRequested: this.state.postRequested, by },
      now,
    );
  }

  /** The home department declines to release, or the host declines to accept, while agreement is sought. */
  reject(reason: string, now: Date, by: MoveActor): void {
    this.expect(['TENURE_HOLD', 'AWAITING_AGREEMENT'], 'reject');
    this.state.stopReason = this.requireReason(reason);
    this.record(
      'REJECTED',
      { type: 'MoveRejected', reason: this.state.stopReason, postRequested: this.state.postRequested, by },
      now,
    );
  }

  cancel(reason: string, now: Date, by: MoveActor): void {
    this.expectBeforeStart('cancel');
    this.state.stopReason = this.requireReason(reason);
    this.record(
      'CANCELLED',
      { type: 'MoveCancelled', reason: this.state.stopReason, postRequested: this.state.postRequested, by },
      now,
    );
  }

  private afterAgreement(now: Date): void {
    const { consentNeeded, consentGivenAt, releaseNeeded, release, acceptance } = this.state.agreements;
    if ((consentNeeded && !consentGivenAt) || (releaseNeeded && !release) || !acceptance) return;
    const vacancyId = this.state.terms.vacancyId;
    if (vacancyId === undefined) return this.agree(now);
    this.state.postRequested = true;
    this.record('AWAITING_POST', { type: 'PostRequested', vacancyId, by: SYSTEM }, now);
  }

  private agree(now: Date): void {
    this.record('AGREED', { type: 'MoveAgreed', by: SYSTEM }, now);
    this.record('SCHEDULED', { type: 'MoveScheduled', startsOn: this.state.terms.startsOn, by: SYSTEM }, now);
  }

  private requireReason(reason: string): string {
    const trimmed = reason.trim();
    if (trimmed.length === 0)
      throw new MoveRuleViolation('MOVE.REASON_REQUIRED', 'reason', 'a reason is required');
    return trimmed;
  }

  private expectAwaitingAgreement(what: string): void {
    if (this.state.status === 'TENURE_HOLD')
      throw new MoveRuleViolation(
        'MOVE.TENURE_HOLD',
        undefined,
        `the move is held inside the person's minimum term: a workforce planner must release the hold before its ${what}`,
      );
    this.expect(['AWAITING_AGREEMENT'], `record ${what}`);
  }

  private expectBeforeStart(what: string): void {
    if (!isBeforeStart(this.state.status))
      throw new MoveRuleViolation(
        'MOVE.INVALID_TRANSITION',
        'status',
        `cannot ${what} a move that is ${this.state.status}`,
      );
  }

  private expectTemporaryInProgress(what: string): void {
    if (!isTemporary(this.state.terms.kind))
      throw new MoveRuleViolation(
        'MOVE.NOT_TEMPORARY',
        'kind',
        `a ${this.state.terms.kind} is permanent: nothing to ${what}`,
      );
    this.expect(['STARTED', 'EXTENDED'], what);
  }

  private expect(from: MoveStatus[], what: string): void {
    if (!from.includes(this.state.status))
      throw new MoveRuleViolation(
        'MOVE.INVALID_TRANSITION',
        'status',
        `cannot ${what}: the move is ${this.state.status}`,
      );
  }

  private record(status: MoveStatus, body: EventBody, now: Date): void {
    this.state.status = status;
    this.state.version += 1;
    this.events.push({
      ...body,
      moveId: this.state.id,
      version: this.state.version,
      occurredAt: now,
      status,
    } as MoveDomainEvent);
  }
}
