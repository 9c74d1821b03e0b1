import { MANAGE_VACANCY } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PostReservationStore } from '../../../post-reservation/application/post-reservation.store';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { UpdateVacancyCommand } from './update-vacancy.command';

/** Changes a draft or an open vacancy at the version the client read; an open one announces it (VacancyChanged). */
@Injectable()
export class UpdateVacancyHandler {
  constructor(
    private readonly changes: VacancyChangeRunner,
    private readonly reservations: PostReservationStore,
  ) {}

  execute(command: UpdateVacancyCommand): Promise<VacancySnapshot> {
    const { vacancyId, identity, expectedVersion, traceId } = command;
    return this.changes.run(
      { vacancyId, identity, expectedVersion, traceId, policy: MANAGE_VACANCY },
      async (vacancy, now) => {
        // Counted under the vacancy's lock: no reservation can slip in between the count and the save.
        const { reserved, filled } = await this.reservations.countLive(vacancy.id);
        vacancy.update(command.changes, now, reserved + filled);
      },
    );
  }
}
