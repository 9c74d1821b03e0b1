import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { ALL_MOVE_KINDS } from './move-event-values';
import { MOVES_APPLICATION_TOPIC } from './move-topics';

/**
 * Application events, for a notification sender: ids and codes only. The statement and feedback are free text about a
 * person, so they stay in moves; the sender reads them through the API with its own authority.
 */
export class ApplicationFactsV1 {
  @IsUUID()
  applicationId: string;

  @IsUUID()
  personId: string;

  @IsUUID()
  vacancyId: string;

  /** The vacancy's department: whose hiring managers are told. */
  @IsString()
  @Length(1, 16)
  hostDepartmentCode: string;
}

/** A new application: the hiring manager is told. */
export class ApplicationSubmittedV1 extends ApplicationFactsV1 {
  @IsIn(ALL_MOVE_KINDS)
  kind: string;
}
export const ApplicationSubmitted = defineEvent(
  MOVES_APPLICATION_TOPIC,
  'ApplicationSubmitted',
  ApplicationSubmittedV1,
);

/** The applicant withdrew. */
export class ApplicationWithdrawnV1 extends ApplicationFactsV1 {}
export const ApplicationWithdrawn = defineEvent(
  MOVES_APPLICATION_TOPIC,
  'ApplicationWithdrawn',
  ApplicationWithdrawnV1,
);

/** Shortlisted for the next stage. */
export class ApplicantShortlistedV1 extends ApplicationFactsV1 {}
export const ApplicantShortlisted = defineEvent(
  MOVES_APPLICATION_TOPIC,
  'ApplicantShortlisted',
  ApplicantShortlistedV1,
);

/** Not selected (rejected with feedback, or another applicant took the last post): the applicant is told. */
export class ApplicantNotSelectedV1 extends ApplicationFactsV1 {}
export const ApplicantNotSelected = defineEvent(
  MOVES_APPLICATION_TOPIC,
  'ApplicantNotSelected',
  ApplicantNotSelectedV1,
);

/** Offered: the offer is now move `moveId`. */
export class ApplicantOfferedV1 extends ApplicationFactsV1 {
  @IsUUID()
  moveId: string;
}
export const ApplicantOffered = defineEvent(MOVES_APPLICATION_TOPIC, 'ApplicantOffered', ApplicantOfferedV1);
