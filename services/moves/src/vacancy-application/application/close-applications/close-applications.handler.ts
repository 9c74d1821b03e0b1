import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationRepository } from '../../domain/application.repository';
import { ApplicationEventsPublisher } from '../integration-events/application-events.publisher';
import { CloseApplicationsCommand } from './close-applications.command';

const FEEDBACK = {
  FILLED: 'Every post on this vacancy has now been filled.',
  CANCELLED: 'The department has withdrawn this vacancy.',
};

/**
 * DOMAIN.md / issue 6: applicants not selected are told. When a vacancy is filled or cancelled, every application
 * still in progress is closed as not selected, with a standard line of feedback, and `ApplicantNotSelected` goes out
 * for each (a notification sender tells them). Runs in the inbox's transaction; a redelivery finds nothing in progress.
 */
@Injectable()
export class CloseApplicationsHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ vacancyId, why, traceId }: CloseApplicationsCommand): Promise<number> {
    return this.transactions.run(async () => {
      const inProgress = await this.applications.lockInProgress(vacancyId);
      for (const application of inProgress) {
        const loadedVersion = application.snapshot().version;
        application.reject(FEEDBACK[why], this.clock.now());
        await this.applications.save(application, loadedVersion);
        await this.events.publish(application.pullEvents(), application.snapshot(), traceId);
      }
      return inProgress.length;
    });
  }
}
