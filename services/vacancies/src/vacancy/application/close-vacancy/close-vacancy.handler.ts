import { MANAGE_VACANCY } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { CloseVacancyCommand } from './close-vacancy.command';

/** The department stops applications before the closing date (VacancyClosed); reservations made stand. */
@Injectable()
export class CloseVacancyHandler {
  constructor(private readonly changes: VacancyChangeRunner) {}

  execute({ vacancyId, identity, traceId }: CloseVacancyCommand): Promise<VacancySnapshot> {
    return this.changes.run({ vacancyId, identity, traceId, policy: MANAGE_VACANCY }, (vacancy, now) =>
      vacancy.close(now),
    );
  }
}
