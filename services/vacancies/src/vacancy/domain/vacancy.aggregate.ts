import { Grade } from './grade';
import {
  VacancyChangedDomainEvent,
  VacancyDomainEvent,
  VacancyPublishedDomainEvent,
  VacancyStatusChangedDomainEvent,
} from './vacancy.domain-events';
import { VacancyIncomplete, VacancyRuleViolation } from './vacancy.errors';
import * as rules from './vacancy.rules';
import { VacancyStatus } from './vacancy-status';
import { Clearance, RequiredSkill, VacancyMoveKind, VacancyVisibility } from './vacancy-values';

/** What a department may say about its vacancy: everything but who, when and the lifecycle. */
export interface VacancyDetails {
  title: string;
  description: string;
  grade: string;
  profession: string;
  specialism: string | null;
  moveKinds: readonly string[];
  posts: number;
  ftePerPost: number;
  locations: readonly string[];
  remotePossible: boolean;
  requiredSkills: readonly RequiredSkill[];
  behaviours: readonly string[];
  clearanceRequired: string | null;
  closingDate: string | null;
  durationMonths: number | null;
  loanJustification: string | null;
  hoursPerWeek: number | null;
  visibility: string;
}

/** A draft needs only what its table cannot do without; the rest may come later, before publication. */
export type CreateVacancyProps = Pick<
  VacancyDetails,
  'title' | 'description' | 'grade' | 'profession' | 'posts' | 'ftePerPost'
> &
  Partial<VacancyDetails> & { departmentCode: string };

/** A change to some details; null clears an optional one. */
export type VacancyChanges = Partial<VacancyDetails>;

/** Everything stored about a vacancy: what the repository saves and restores. */
export interface VacancySnapshot {
  id: string;
  departmentCode: string;
  title: string;
  description: string;
  grade: Grade;
  profession: string;
  specialism: string | null;
  moveKinds: VacancyMoveKind[];
  posts: number;
  ftePerPost: number;
  locations: string[];
  remotePossible: boolean;
  requiredSkills: RequiredSkill[];
  behaviours: string[];
  clearanceRequired: Clearance | null;
  closingDate: string | null;
  durationMonths: number | null;
  loanJustification: string | null;
  hoursPerWeek: number | null;
  visibility: VacancyVisibility;
  status: VacancyStatus;
  version: number;
  /** The person who drafted it (their person id), when the creator has one. */
  createdBy: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  cancellationReason: string | null;
}

const EDITABLE: readonly VacancyStatus[] = ['DRAFT', 'OPEN'];
const CANCELLABLE: readonly VacancyStatus[] = ['DRAFT', 'OPEN', 'CLOSED'];
const FILLABLE: readonly VacancyStatus[] = ['OPEN', 'CLOSED'];

function checkedDetails(details: VacancyChanges): Partial<VacancySnapshot> {
  const checked: Partial<VacancySnapshot> = {};
  const set = <K extends keyof VacancySnapshot>(key: K, value: VacancySnapshot[K]) => (checked[key] = value);
  const d = details;
  if (d.title !== undefined) set('title', rules.title(d.title));
  if (d.description !== undefined) set('description', rules.description(d.description));
  if (d.grade !== undefined) set('grade', rules.grade(d.grade));
  if (d.profession !== undefined) set('profession', rules.profession(d.profession));
  if (d.specialism !== undefined) set('specialism', rules.specialism(d.specialism));
  if (d.moveKinds !== undefined) set('moveKinds', rules.moveKinds(d.moveKinds));
  if (d.posts !== undefined) set('posts', rules.posts(d.posts));
  if (d.ftePerPost !== undefined) set('ftePerPost', rules.ftePerPost(d.ftePerPost));
  if (d.locations !== undefined) set('locations', rules.locations(d.locations));
  if (d.remotePossible !== undefined) set('remotePossible', d.remotePossible);
  if (d.requiredSkills !== undefined) set('requiredSkills', rules.requiredSkills(d.requiredSkills));
  if (d.behaviours !== undefined) set('behaviours', rules.behaviours(d.behaviours));
  if (d.clearanceRequired !== undefined)
    set('clearanceRequired', rules.clearanceRequired(d.clearanceRequired));
  if (d.closingDate !== undefined) set('closingDate', rules.closingDate(d.closingDate));
  if (d.durationMonths !== undefined) set('durationMonths', rules.durationMonths(d.durationMonths));
  if (d.loanJustification !== undefined)
    set('loanJustification', rules.loanJustification(d.loanJustification));
  if (d.hoursPerWeek !== undefined) set('hoursPerWeek', rules.hoursPerWeek(d.hoursPerWeek));
  if (d.visibility !== undefined) set('visibility', rules.visibility(d.visibility));
  return checked;
}

/**
 * Funded posts a department wants filled, from draft to filled. Changes only through intent-named methods; each
 * change moves the version on, which updateVacancy's expectedVersion is checked against. Reservations of its posts
 * are kept beside it (post-reservation), under a lock on its row.
 */
export class Vacancy {
  private events: VacancyDomainEvent[] = [];

  private constructor(private state: VacancySnapshot) {}

  /** Drafts a vacancy: every given field checked against its rule; a draft may still lack what publishing needs. */
  static create(id: string, props: CreateVacancyProps, createdBy: string | null, now: Date): Vacancy {
    return new Vacancy({
      id,
      departmentCode: rules.departmentCode(props.departmentCode),
      specialism: null,
      moveKinds: [],
      locations: [],
      remotePossible: false,
      requiredSkills: [],
      behaviours: [],
      clearanceRequired: null,
      closingDate: null,
      durationMonths: null,
      loanJustification: null,
      hoursPerWeek: null,
      visibility: 'ALL_DEPARTMENTS',
      ...(checkedDetails(props) as Pick<
        VacancySnapshot,
        'title' | 'description' | 'grade' | 'profession' | 'posts' | 'ftePerPost'
      >),
      status: 'DRAFT',
      version: 1,
      createdBy,
      createdAt: now,
      publishedAt: null,
      closedAt: null,
      cancellationReason: null,
    });
  }

  /** Rebuilds a stored vacancy; raises nothing, because nothing happened. */
  static restore(snapshot: VacancySnapshot): Vacancy {
    return new Vacancy({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  get version(): number {
    return this.state.version;
  }

  get status(): VacancyStatus {
    return this.state.status;
  }

  /**
   * Changes details of a draft or an open vacancy. An open one must stay publishable (a closing date still after
   * today, nothing missing), may not offer fewer posts than are already reserved or filled (`postsTaken`), and tells
   * everyone (VacancyChanged). Closed, filled and cancelled vacancies are history.
   */
  update(changes: VacancyChanges, now: Date, postsTaken: number): void {
    if (!EDITABLE.includes(this.state.status))
      throw new VacancyRuleViolation(
        'VACANCY.NOT_EDITABLE',
        undefined,
        `A ${this.state.status} vacancy cannot be changed; only DRAFT and OPEN ones can`,
      );
    const next = { ...this.state, ...checkedDetails(changes) };
    if (next.posts < postsTaken)
      throw new VacancyRuleViolation(
        'VACANCY.POSTS_BELOW_TAKEN',
        'posts',
        `posts cannot be fewer than the ${postsTaken} already reserved or filled`,
      );
    if (next.status === 'OPEN') {
      const missing = rules.missingForPublication(next, rules.dateOf(now));
      if (missing.length > 0) throw new VacancyIncomplete(missing);
    }
    this.state = { ...next, version: next.version + 1 };
    if (next.status === 'OPEN')
      this.events.push(new VacancyChangedDomainEvent(this.id, now, this.snapshot()));
  }

  /** Opens a complete, consistent draft for applications; refuses with everything that is missing at once. */
  publish(now: Date): void {
    this.requireStatus(['DRAFT'], 'publish');
    const missing = rules.missingForPublication(this.state, rules.dateOf(now));
    if (missing.length > 0) throw new VacancyIncomplete(missing);
    this.state = { ...this.state, status: 'OPEN', publishedAt: now, version: this.state.version + 1 };
    this.events.push(new VacancyPublishedDomainEvent(this.id, now, this.snapshot()));
  }

  /** The department stops applications early. Reservations already made stand. */
  close(now: Date): void {
    this.requireStatus(['OPEN'], 'close');
    this.changeStatus('CLOSED', now, { closedAt: now });
  }

  /**
   * Closes an open vacancy whose closing date has passed (the day after it, UTC); false when there is nothing to do,
   * so a job may ask again and again.
   */
  closeAtClosingDate(now: Date): boolean {
    if (!this.isPastClosingDate(now)) return false;
    this.close(now);
    return true;
  }

  isPastClosingDate(now: Date): boolean {
    return (
      this.state.status === 'OPEN' &&
      this.state.closingDate !== null &&
      this.state.closingDate < rules.dateOf(now)
    );
  }

  /** Withdrawn by its department, with a reason. The caller releases its live reservations in the same unit of work. */
  cancel(reason: string, now: Date): void {
    this.requireStatus(CANCELLABLE, 'cancel');
    const trimmed = reason.trim();
    if (trimmed.length === 0 || trimmed.length > 2_000)
      throw new VacancyRuleViolation(
        'VACANCY.CANCELLATION_REASON_REQUIRED',
        'reason',
        'reason must be 1 to 2000 characters',
      );
    this.changeStatus('CANCELLED', now, { cancellationReason: trimmed });
  }

  /** Every post is filled by a move that started (`postsFilled` counted under the vacancy's lock). */
  markFilled(postsFilled: number, now: Date): boolean {
    if (!FILLABLE.includes(this.state.status) || postsFilled < this.state.posts) return false;
    this.changeStatus('FILLED', now, this.state.closedAt ? {} : { closedAt: now });
    return true;
  }

  /** Reservations are taken while the vacancy is open, and after it closes while selection goes on. */
  acceptsReservations(): boolean {
    return FILLABLE.includes(this.state.status);
  }

  snapshot(): VacancySnapshot {
    return {
      ...this.state,
      moveKinds: [...this.state.moveKinds],
      locations: [...this.state.locations],
      requiredSkills: this.state.requiredSkills.map((skill) => ({ ...skill })),
      behaviours: [...this.state.behaviours],
    };
  }

  /** Hands over the events raised since the last call, for the outbox; each is published once. */
  pullEvents(): VacancyDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  private requireStatus(allowed: readonly VacancyStatus[], action: string): void {
    if (!allowed.includes(this.state.status))
      throw new VacancyRuleViolation(
        'VACANCY.INVALID_TRANSITION',
        'status',
        `Cannot ${action} a ${this.state.status} vacancy (only ${allowed.join(', ')})`,
      );
  }

  private changeStatus(
    status: 'CLOSED' | 'FILLED' | 'CANCELLED',
    now: Date,
    also: Partial<VacancySnapshot>,
  ): void {
    this.state = { ...this.state, ...also, status, version: this.state.version + 1 };
    const type = (
      { CLOSED: 'VacancyClosed', FILLED: 'VacancyFilled', CANCELLED: 'VacancyCancelled' } as const
    )[status];
    this.events.push(
      new VacancyStatusChangedDomainEvent(type, this.id, now, this.state.departmentCode, status),
    );
  }
}
