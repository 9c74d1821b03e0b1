import type { AuditJson } from '@civil/platform';
import { JsonScalar } from '@civil/platform';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PagedAuditTrailEntry } from '../application/get-audit-trail/get-audit-trail.handler';

@ObjectType('AuditEntry', {
  description: 'Who read or changed which record, when, acting as which role. Never changes.',
})
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'ISO-8601 instant, from the recording service' })
  occurredAt: string;

  @Field(() => String, { description: 'The service that recorded it: people, vacancies or moves' })
  service: string;

  @Field(() => String, { description: "The caller's token subject" })
  actorSubject: string;

  @Field(() => ID, { nullable: true })
  actorPersonId?: string;

  @Field(() => String, { nullable: true, description: 'The role authorization allowed it under' })
  actingAs?: string;

  @Field(() => [String])
  actorRoles: string[];

  @Field(() => String, { description: 'MUTATION or READ' })
  action: string;

  @Field(() => String, { description: 'The GraphQL operation, e.g. Mutation.registerPerson' })
  operation: string;

  @Field(() => String)
  recordType: string;

  @Field(() => String)
  recordId: string;

  @Field(() => ID, { nullable: true })
  subjectPersonId?: string;

  @Field(() => JsonScalar, { nullable: true, description: 'For mutations: the change, as { before, after }' })
  changes?: { [key: string]: AuditJson };

  @Field(() => String)
  traceId: string;

  @Field(() => String, { description: 'Pass as `after` for the entries older than this one' })
  cursor: string;

  static from({ entryId, eventId: _internal, ...entry }: PagedAuditTrailEntry): AuditEntryModel {
    return Object.assign(new AuditEntryModel(), { id: entryId, ...entry });
  }
}
