import { IsArray, IsDateString, IsIn, IsObject, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../envelope/event-definition';
import { PLATFORM_AUDIT_TOPIC } from './audit-topics';

export const AUDIT_ACTIONS = ['MUTATION', 'READ'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Someone changed a record, or read another person's record, in the service named in `source`. One append-only fact:
 * its envelope subject is the entry id, so no entry ever supersedes another (the inbox orders per subject).
 * `changes` is what the recording service kept of the change: scalar fields, secrets redacted, long text cut.
 */
export class AuditRecordedV1 {
  @IsUUID()
  entryId: string;

  /** The recording service's short name, e.g. `people`. */
  @IsString()
  @Length(1, 32)
  service: string;

  @IsDateString({ strict: true })
  occurredAt: string;

  /** The caller's token subject; `anonymous` without a token, `service:<name>` for the service's own work. */
  @IsString()
  @Length(1, 256)
  actorSubject: string;

  @IsOptional()
  @IsUUID()
  actorPersonId?: string;

  /** The role authorization allowed the operation under (absent when it cannot be told). */
  @IsOptional()
  @IsString()
  @Length(1, 32)
  actingAs?: string;

  /** Every role the caller held, so an entry without `actingAs` still says what the caller could do. */
  @IsArray()
  @IsString({ each: true })
  actorRoles: string[];

  @IsIn(AUDIT_ACTIONS)
  action: AuditAction;

  /** The GraphQL operation, as `<root type>.<field>`, e.g. `Mutation.registerPerson` or `Query.person`. */
  @IsString()
  @Length(1, 128)
  operation: string;

  @IsString()
  @Length(1, 64)
  recordType: string;

  @IsString()
  @Length(1, 128)
  recordId: string;

  /** The person the record is about, when it is about one: whose trail the entry belongs to. */
  @IsOptional()
  @IsUUID()
  subjectPersonId?: string;

  @IsOptional()
  @IsObject()
  changes?: Record<string, unknown>;
}

export const AuditRecorded = defineEvent(PLATFORM_AUDIT_TOPIC, 'AuditRecorded', AuditRecordedV1);
