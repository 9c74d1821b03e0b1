import { PersonSnapshot } from '../../../person/domain/person.aggregate';
import { AuditTrailEntry } from '../../../audit/application/audit-trail-entry';

/** What people holds about one person: the right-of-access answer, before other subgraphs add theirs. */
export interface MyDataDocument {
  personId: string;
  generatedAt: Date;
  /** Their record; null when people holds none (a caller whose person was never registered here). */
  profile: PersonSnapshot | null;
  /** What was read or changed about them, by anyone, newest first. */
  auditTrail: AuditTrailEntry[];
  /** What they themselves did that was audited, newest first. */
  auditedActions: AuditTrailEntry[];
}
