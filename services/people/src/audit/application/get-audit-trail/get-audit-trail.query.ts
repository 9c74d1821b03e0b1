import type { Identity } from '@civil/auth';

export class GetAuditTrailQuery {
  constructor(
    /** The person whose trail it is. */
    readonly subjectId: string,
    readonly first: number,
    /** A cursor from an earlier page: the page starts after it. */
    readonly after: string | undefined,
    /** Who asks: READ_AUDIT_TRAIL judges them against the subject's department. */
    readonly identity: Identity,
  ) {}
}
