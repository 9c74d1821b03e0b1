import { ApplicationRuleViolation } from './application.errors';
import { AdvertisedVacancy, Applicant, ineligibilityReasons, ReferenceOrders } from './eligibility.rule';

export type ApplicationStatus = 'SUBMITTED' | 'SHORTLISTED' | 'OFFERED' | 'REJECTED' | 'WITHDRAWN';

export interface ApplicationSnapshot {
  id: string;
  personId: string;
  vacancyId: string;
  /** The person's department when they applied: their home department if an offer becomes a move. */
  homeDepartmentCode: string;
  hostDepartmentCode: string;
  kind: string;
  statement: string;
  status: ApplicationStatus;
  feedback?: string;
  moveId?: string;
  submittedAt: Date;
  version: number;
}

export type ApplicationDomainEvent = {
  applicationId: string;
  personId: string;
  vacancyId: string;
  version: number;
  occurredAt: Date;
} & (
  | { type: 'ApplicationSubmitted'; hostDepartmentCode: string; kind: string }
  | { type: 'ApplicationWithdrawn' }
  | { type: 'ApplicantShortlisted' }
  | { type: 'ApplicantRejected'; feedback: string }
  | { type: 'ApplicantOffered'; moveId: string }
);

type Body = ApplicationDomainEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'applicationId' | 'personId' | 'vacancyId' | 'version' | 'occurredAt'>
    : never
  : never;

const STATEMENT_MAX = 2_000;

/** One person's application to one vacancy, from submission to an offer (which becomes a move) or a rejection. */
export class Application {
  private events: ApplicationDomainEvent[] = [];

  private constructor(private readonly state: ApplicationSnapshot) {}

  static submit(
    id: string,
    input: { personId: string; vacancyId: string; kind: string; statement: string },
    person: Applicant,
    vacancy: AdvertisedVacancy,
    orders: ReferenceOrders,
    now: Date,
    /** The UK day at `now` (closing dates are UK days): the caller's calendar, not this aggregate's. */
    today: string,
  ): Application {
    const reasons = ineligibilityReasons(person, vacancy, input.kind, today, orders);
    if (reasons.length > 0)
      throw new ApplicationRuleViolation(
        'APPLICATION.NOT_ELIGIBLE',
        'vacancyId',
        `not eligible: ${reasons.join(', ')}`,
        reasons,
      );
    const statement = input.statement.trim();
    if (statement.length === 0 || statement.length > STATEMENT_MAX)
      throw new ApplicationRuleViolation(
        'APPLICATION.STATEMENT_REQUIRED',
        'statement',
        `a statement of 1 to ${STATEMENT_MAX} characters is required`,
      );
    const application = new Application({
      id,
      personId: input.personId,
      vacancyId: input.vacancyId,
      homeDepartmentCode: person.departmentCode,
      hostDepartmentCode: vacancy.departmentCode,
      kind: input.kind,
      statement,
      status: 'SUBMITTED',
      submittedAt: now,
      version: 0,
    });
    application.record(
      'SUBMITTED',
      { type: 'ApplicationSubmitted', hostDepartmentCode: vacancy.departmentCode, kind: input.kind },
      now,
    );
    return application;
  }

  static restore(snapshot: ApplicationSnapshot): Application {
    return new Application({ ...snapshot });
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): ApplicationSnapshot {
    return { ...this.state };
  }

  pullEvents(): ApplicationDomainEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }

  withdraw(now: Date): void {
    this.expect(['SUBMITTED', 'SHORTLISTED'], 'withdraw');
    this.record('WITHDRAWN', { type: 'ApplicationWithdrawn' }, now);
  }

  shortlist(now: Date): void {
    this.expect(['SUBMITTED'], 'shortlist');
    this.record('SHORTLISTED', { type: 'ApplicantShortlisted' }, now);
  }

  /** Feedback is required: an applicant not selected is told why (and an event lets a notification sender tell them). */
  reject(feedback: string, now: Date): void {
    this.expect(['SUBMITTED', 'SHORTLISTED'], 'reject');
    const trimmed = feedback.trim();
    if (trimmed.length === 0)
      throw new ApplicationRuleViolation(
        'APPLICATION.FEEDBACK_REQUIRED',
        'feedback',
        'rejecting an applicant needs feedback for them',
      );
    this.state.feedback = trimmed;
    this.record('REJECTED', { type: 'ApplicantRejected', feedback: trimmed }, now);
  }

  /** The offer becomes move `moveId` (created by the caller in the same transaction). */
  offer(moveId: string, now: Date): void {
    this.expect(['SUBMITTED', 'SHORTLISTED'], 'offer');
    this.state.moveId = moveId;
    this.record('OFFERED', { type: 'ApplicantOffered', moveId }, now);
  }

  private expect(from: ApplicationStatus[], what: string): void {
    if (!from.includes(this.state.status))
      throw new ApplicationRuleViolation(
        'APPLICATION.INVALID_TRANSITION',
        'status',
        `cannot ${what} an application that is ${this.state.status}`,
      );
  }

  private record(status: ApplicationStatus, body: Body, now: Date): void {
    this.state.status = status;
    this.state.version += 1;
    const { id: applicationId, personId, vacancyId, version } = this.state;
    this.events.push({
      ...body,
      applicationId,
      personId,
      vacancyId,
      version,
      occurredAt: now,
    } as ApplicationDomainEvent);
  }
}
