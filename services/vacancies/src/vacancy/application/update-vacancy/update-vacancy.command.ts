import type { Identity } from '@civil/auth';
import { VacancyChanges } from '../../domain/vacancy.aggregate';

export class UpdateVacancyCommand {
  constructor(
    readonly vacancyId: string,
    readonly changes: VacancyChanges,
    readonly expectedVersion: number,
    readonly identity: Identity,
    readonly traceId: string,
  ) {}
}
