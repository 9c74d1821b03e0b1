import { READ_AUDIT_TRAIL } from '@civil/auth';
import { authorize, NotFoundError } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { PersonRepository } from '../../../person/domain/person.repository';
import { AuditTrailEntry } from '../audit-trail-entry';
import { decodeCursor, encodeCursor } from '../audit-trail-cursor';
import { AuditTrailStore } from '../audit-trail.store';
import { GetAuditTrailQuery } from './get-audit-trail.query';

/** An entry and the cursor to pass as `after` for the entries that follow it. */
export type PagedAuditTrailEntry = AuditTrailEntry & { cursor: string };

/** A page of what was done about a person, newest first, for the HR who hold their record. */
@Injectable()
export class GetAuditTrailHandler {
  constructor(
    private readonly people: PersonRepository,
    private readonly trail: AuditTrailStore,
  ) {}

  async execute(query: GetAuditTrailQuery): Promise<PagedAuditTrailEntry[]> {
    const subject = await this.people.findById(query.subjectId);
    if (!subject) throw new NotFoundError('Person', query.subjectId);
    // The department that holds the record decides, so the policy is applied to the stored person.
    authorize(READ_AUDIT_TRAIL, query.identity, subject.snapshot());
    const after = query.after === undefined ? undefined : decodeCursor(query.after);
    const entries = await this.trail.aboutPerson(query.subjectId, query.first, after);
    return entries.map((entry) => ({ ...entry, cursor: encodeCursor(entry) }));
  }
}
