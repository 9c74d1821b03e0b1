import { Injectable } from '@nestjs/common';
import { VacancyReadModelStore } from '../vacancy-read-model.store';
import { RecordVacancyStatusCommand } from './record-vacancy-status.command';

/**
 * Status only: the rest of the row stands. A vacancy moves has never taken in (a draft cancelled before it was
 * published) has no row to change, and none is made: moves needs the published record to use it.
 */
@Injectable()
export class RecordVacancyStatusHandler {
  constructor(private readonly vacancies: VacancyReadModelStore) {}

  async execute({ vacancyId, status, version }: RecordVacancyStatusCommand): Promise<'applied' | 'ignored'> {
    return (await this.vacancies.saveStatus(vacancyId, status, version)) ? 'applied' : 'ignored';
  }
}
