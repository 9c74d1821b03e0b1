import { JsonScalar } from '@civil/platform';
import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';
import { AuditTrailEntry } from '../../audit/application/audit-trail-entry';
import { MyDataDocument } from '../application/get-my-data/my-data.document';

function entryJson({ entryId, eventId: _internal, ...entry }: AuditTrailEntry) {
  return { id: entryId, ...entry };
}

/** People owns MyData: it declares the key, and every subgraph adds what it holds about the person. */
@ObjectType('MyData', {
  description: 'Everything the platform holds about the caller (UK GDPR right of access)',
})
@Directive('@key(fields: "personId")')
export class MyDataModel {
  @Field(() => ID)
  personId: string;

  @Field(() => String, { description: 'ISO-8601 instant this answer was put together' })
  generatedAt: string;

  @Field(() => JsonScalar, { nullable: true, description: 'Your people record' })
  profile: object | null;

  @Field(() => JsonScalar, { description: 'What was read or changed about you, by whom, newest first' })
  auditTrail: object[];

  @Field(() => JsonScalar, { description: 'What you did that was audited, newest first' })
  auditedActions: object[];

  static from(document: MyDataDocument): MyDataModel {
    return Object.assign(new MyDataModel(), {
      personId: document.personId,
      generatedAt: document.generatedAt.toISOString(),
      profile: document.profile,
      auditTrail: document.auditTrail.map(entryJson),
      auditedActions: document.auditedActions.map(entryJson),
    });
  }
}
