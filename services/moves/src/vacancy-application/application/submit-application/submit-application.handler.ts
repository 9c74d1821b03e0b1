import { uuidv7 } from '@civil/contracts';
import type { Clock } from '@civil/messaging';
import { CLOCK, ForbiddenError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { REFERENCE_ORDERS } from '../../../config/reference-orders';
import { dateOf } from '../../../move/domain/calendar';
import { MoveParticipants } from '../../../move/application/move-participants';
import { Application, ApplicationSnapshot } from '../../domain/application.aggregate';
import { ApplicationRepository } from '../../domain/application.repository';
import { ApplicationEventsPublisher } from '../integration-events/application-events.publisher';
import { SubmitApplicationCommand } from './submit-application.command';

/**
 * An employee applies as themself. A vacancy they may not see is NOT_FOUND to them (an own-department vacancy's
 * existence is its department's business); every other reason they may not apply is listed in one error.
 */
@Injectable()
export class SubmitApplicationHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly participants: MoveParticipants,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ identity, traceId, input }: SubmitApplicationCommand): Promise<ApplicationSnapshot> {
    return this.transactions.run(async () => {
      if (!identity.personId) throw new ForbiddenError('apply for a vacancy');
      const person = await this.participants.person(identity.personId);
      if (!person) throw new NotFoundError('Person', identity.personId);
      const vacancy = await this.participants.vacancy(input.vacancyId);
      if (
        !vacancy ||
        (vacancy.visibility === 'OWN_DEPARTMENT' && vacancy.departmentCode !== person.departmentCode)
      )
        throw new NotFoundError('Vacancy', input.vacancyId);
      const now = this.clock.now();
      const application = Application.submit(
        uuidv7(now.getTime()),
        {
          personId: person.personId,
          vacancyId: vacancy.vacancyId,
          kind: input.kind,
          statement: input.statement,
        },
        person,
        // A vacancy the read model has not seen published yet has no closing date: it is not open to applications.
        { ...vacancy, closingDate: vacancy.closingDate ?? '0000-01-01' },
        REFERENCE_ORDERS,
        now,
        dateOf(now),
      );
      await this.applications.add(application);
      await this.events.publish(application.pullEvents(), application.snapshot(), traceId);
      return application.snapshot();
    });
  }
}
