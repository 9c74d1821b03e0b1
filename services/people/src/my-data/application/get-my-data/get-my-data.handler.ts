import { READ_MY_DATA } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { AuditTrailStore } from '../../../audit/application/audit-trail.store';
import { PersonRepository } from '../../../person/domain/person.repository';
import { GetMyDataQuery } from './get-my-data.query';
import { MyDataDocument } from './my-data.document';

/**
 * UK GDPR right of access (Article 15): everything people holds about the caller, in one document. The whole trail,
 * not a page of it: the answer must be complete.
 */
@Injectable()
export class GetMyDataHandler {
  constructor(
    private readonly people: PersonRepository,
    private readonly trail: AuditTrailStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ personId, identity }: GetMyDataQuery): Promise<MyDataDocument> {
    // Only the person themself, whatever their roles: checked before anything is read.
    authorize(READ_MY_DATA, identity, { personId });
    const person = await this.people.findById(personId);
    const auditTrail = await this.trail.aboutPerson(personId);
    const auditedActions = await this.trail.byPerson(personId);
    return {
      personId,
      generatedAt: this.clock.now(),
      profile: person?.snapshot() ?? null,
      auditTrail,
      auditedActions,
    };
  }
}
