import { MANAGE_VACANCY } from '@civil/auth';
import { Injectable } from '@nestjs/common';
import { PostReservationEventsPublisher } from '../../../post-reservation/application/post-reservation-events.publisher';
import { PostReservationStore } from '../../../post-reservation/application/post-reservation.store';
import { VacancySnapshot } from '../../domain/vacancy.aggregate';
import { VacancyChangeRunner } from '../vacancy-change.runner';
import { CancelVacancyCommand } from './cancel-vacancy.command';

/**
 * Withdraws a vacancy (VacancyCancelled) and gives back every post held for a move (one PostReleased each), in one
 * transaction under the vacancy's lock: no reservation is taken between the two, and the moves saga hears of each.
 * Filled posts stay filled: those moves have started.
 */
@Injectable()
export class CancelVacancyHandler {
  constructor(
    private readonly changes: VacancyChangeRunner,
    private readonly reservations: PostReservationStore,
    private readonly reservationEvents: PostReservationEventsPublisher,
  ) {}

  async execute({ vacancyId, reason, identity, traceId }: CancelVacancyCommand): Promise<VacancySnapshot> {
    return this.changes.run(
      { vacancyId, identity, traceId, policy: MANAGE_VACANCY },
      async (vacancy, now) => {
        vacancy.cancel(reason, now);
        for (const released of await this.reservations.releaseAllReserved(vacancy.id, now))
          await this.reservationEvents.released(released, traceId);
      },
    );
  }
}
