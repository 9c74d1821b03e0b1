import { Injectable } from '@nestjs/common';
import { VacancyReadModelStore } from '../vacancy-read-model.store';
import { ProjectVacancyCommand } from './project-vacancy.command';

/** Runs inside the inbox's transaction, which owns it: the row and the inbox entry commit together. */
@Injectable()
export class ProjectVacancyHandler {
  constructor(private readonly vacancies: VacancyReadModelStore) {}

  async execute({ vacancy }: ProjectVacancyCommand): Promise<'applied' | 'stale'> {
    // At-least-once delivery: an older or repeated version must never overwrite a newer one.
    const held = await this.vacancies.versionOf(vacancy.vacancyId);
    if (held !== undefined && held >= vacancy.version) return 'stale';
    await this.vacancies.save(vacancy);
    return 'applied';
  }
}
