import type { ApplicationParties, Identity, Policy } from '@civil/auth';
import type { Clock } from '@civil/messaging';
import { authorize, CLOCK, ConflictError, NotFoundError, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { Application, ApplicationSnapshot } from '../../domain/application.aggregate';
import { ApplicationRepository } from '../../domain/application.repository';
import { ApplicationEventsPublisher } from '../integration-events/application-events.publisher';

export interface ApplicationChange {
  applicationId: string;
  identity: Identity;
  policy: Policy<ApplicationParties>;
  traceId: string;
  expectedVersion?: number;
}

/** Load locked, authorize against the stored application, check the version, apply, save, publish: one transaction. */
@Injectable()
export class ApplicationChangeRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly applications: ApplicationRepository,
    private readonly events: ApplicationEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  run(
    change: ApplicationChange,
    apply: (application: Application, now: Date) => void | Promise<void>,
  ): Promise<ApplicationSnapshot> {
    return this.transactions.run(async () => {
      const application = await this.applications.findById(change.applicationId, { lock: true });
      if (!application) throw new NotFoundError('Application', change.applicationId);
      const loaded = application.snapshot();
      authorize(change.policy, change.identity, loaded);
      if (change.expectedVersion !== undefined && change.expectedVersion !== loaded.version)
        throw new ConflictError(
          `Application ${loaded.id} is at version ${loaded.version}, not ${change.expectedVersion}; reload and retry`,
          'APPLICATION.VERSION_CONFLICT',
          'expectedVersion',
        );
      await apply(application, this.clock.now());
      await this.applications.save(application, loaded.version);
      await this.events.publish(application.pullEvents(), application.snapshot(), change.traceId);
      return application.snapshot();
    });
  }
}
