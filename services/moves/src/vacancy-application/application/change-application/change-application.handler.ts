import { MANAGE_APPLICANTS, WITHDRAW_APPLICATION } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { ApplicationSnapshot } from '../../domain/application.aggregate';
import { ApplicationChangeRunner } from './application-change.runner';
import { ChangeApplicationCommand } from './change-application.command';

@Injectable()
export class ChangeApplicationHandler {
  constructor(private readonly changes: ApplicationChangeRunner) {}

  execute(command: ChangeApplicationCommand): Promise<ApplicationSnapshot> {
    const { applicationId, identity, traceId, expectedVersion } = command;
    const policy = command.change === 'withdraw' ? WITHDRAW_APPLICATION : MANAGE_APPLICANTS;
    return this.changes.run(
      { applicationId, identity, traceId, expectedVersion, policy },
      (application, now) => {
        if (command.change === 'withdraw') application.withdraw(now);
        else if (command.change === 'shortlist') application.shortlist(now);
        else application.reject(command.feedback ?? '', now);
      },
    );
  }
}
