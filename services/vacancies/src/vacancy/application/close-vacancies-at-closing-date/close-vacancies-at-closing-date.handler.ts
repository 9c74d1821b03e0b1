import { AuditRecorder, CLOCK, newTraceId, TransactionRunner } from '@civil/platform';
import type { Clock } from '@civil/messaging';
import { Inject, Injectable } from '@nestjs/common';
import { dateOf } from '../../domain/vacancy.rules';
import { VacancyRepository } from '../../domain/vacancy.repository';
import { VacancyEventsPublisher } from '../integration-events/vacancy-events.publisher';
import { CloseVacanciesAtClosingDateCommand } from './close-vacancies-at-closing-date.command';

/** The audit trail's name for what the job does: no GraphQL operation, so it is named as the job. */
export const AUTO_CLOSE_OPERATION = 'Job.closeVacanciesAtClosingDate';

/**
 * An open vacancy closes itself the day after its closing date. Each one goes through the aggregate (VacancyClosed,
 * audited as the service), a batch per transaction. Safe to run anywhere and any time: rows are locked with SKIP
 * LOCKED, so two instances share the work; a vacancy already closed is no longer OPEN, so a rerun does nothing; and
 * everything past its date is found whenever the job runs, so it catches up after downtime.
 */
@Injectable()
export class CloseVacanciesAtClosingDateHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly events: VacancyEventsPublisher,
    private readonly audit: AuditRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many vacancies it closed. */
  async execute(
    command: CloseVacanciesAtClosingDateCommand = new CloseVacanciesAtClosingDateCommand(),
  ): Promise<number> {
    let closed = 0;
    for (;;) {
      const batch = await this.transactions.run(async () => {
        const now = this.clock.now();
        const due = await this.vacancies.lockOpenClosingBefore(dateOf(now), command.batchSize);
        const traceId = newTraceId();
        for (const vacancy of due) {
          const loadedVersion = vacancy.version;
          if (!vacancy.closeAtClosingDate(now)) continue;
          await this.vacancies.save(vacancy, loadedVersion);
          await this.events.publish(vacancy.pullEvents(), traceId);
          const { status, closedAt, closingDate, version } = vacancy.snapshot();
          await this.audit.record({
            action: 'MUTATION',
            operation: AUTO_CLOSE_OPERATION,
            recordType: 'Vacancy',
            recordId: vacancy.id,
            changes: { before: { status: 'OPEN' }, after: { status, closedAt, closingDate, version } },
          });
        }
        return due.length;
      });
      closed += batch;
      if (batch < command.batchSize) return closed;
    }
  }
}
