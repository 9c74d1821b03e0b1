import { Authorize, Identity, READ_AUDIT_TRAIL } from '@civil/auth';
import { AuditedRead, CurrentIdentity } from '@civil/platform';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { GetAuditTrailHandler } from '../application/get-audit-trail/get-audit-trail.handler';
import { GetAuditTrailQuery } from '../application/get-audit-trail/get-audit-trail.query';
import { AuditEntryModel } from './audit-entry.model';
import { AuditTrailArgs } from './audit-trail.args';

/**
 * Read-only by design: the schema has no operation that changes or removes an entry. A plain list with a cursor on
 * each entry rather than a connection type: Nest registers object types nested in other object types with every
 * schema built in the same process, so a connection's edge and page types would leak into the other subgraphs
 * wherever they are composed or run together (npm run compose, npm start).
 */
@Resolver(() => AuditEntryModel)
export class AuditTrailResolver {
  constructor(private readonly getAuditTrail: GetAuditTrailHandler) {}

  @Query(() => [AuditEntryModel], {
    description:
      'What was read or changed about a person, newest first; fewer than `first` entries means no more',
  })
  @Authorize(READ_AUDIT_TRAIL, { resource: 'record' })
  // Who looked at a person's trail is itself part of it.
  @AuditedRead<AuditEntryModel[], AuditTrailArgs>({
    recordType: 'AuditTrail',
    recordId: (_entries, args) => args.subjectId,
    subjectPersonId: (_entries, args) => args.subjectId,
  })
  async auditTrail(
    @Args() { subjectId, first, after }: AuditTrailArgs,
    @CurrentIdentity() identity: Identity,
  ) {
    const entries = await this.getAuditTrail.execute(
      new GetAuditTrailQuery(subjectId, first, after, identity),
    );
    return entries.map((entry) => AuditEntryModel.from(entry));
  }
}
