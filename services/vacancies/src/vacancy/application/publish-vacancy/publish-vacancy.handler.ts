import { MANAGE_VACANCY } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { PublishVacancyCommand } from './publish-vacancy.command';

/** Opens a complete draft for applications (VacancyPublished), or says everything it still lacks. */
@Injectable()
export class PublishVacancyHandler {
  constructor(private readonly changes: VacancyChangeRunner) {}

  execute({
    vacancyId,
    expectedVersion,
    identity,
    traceId,
  }: PublishVacancyCommand): Promise<VacancySnapshot> {
    return this.changes.run(
      { vacancyId, identity, expectedVersion, traceId, policy: MANAGE_VACANCY },
      (vacancy, now) => vacancy.publish(now),
    );
  }
}
