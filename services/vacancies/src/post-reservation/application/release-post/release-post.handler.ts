import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { VacancyRepository } from '../../../vacancy/domain/vacancy.repository';
import { canRelease } from '../../domain/post-reservation';
import { PostReservationEventsPublisher } from '../post-reservation-events.publisher';
import { PostReservationStore } from '../post-reservation.store';
import { ReleasePostCommand } from './release-post.command';

/**
 * RESERVED -> RELEASED and one PostReleased, exactly once: the status change is conditional (`WHERE status =
 * 'RESERVED'`), so a second delivery, or a concurrent one waiting on the vacancy's lock, finds nothing to release.
 */
@Injectable()
export class ReleasePostHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly reservations: PostReservationStore,
    private readonly events: PostReservationEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ReleasePostCommand): Promise<'released' | 'unchanged'> {
    return this.transactions.run(async () => {
      const held = await this.reservations.find(command.moveId);
      if (!held || !canRelease(held)) return 'unchanged';
      await this.vacancies.lockById(held.vacancyId);
      if (!(await this.reservations.transition(command.moveId, 'RESERVED', 'RELEASED', this.clock.now())))
        return 'unchanged';
      await this.events.released({ ...held, status: 'RELEASED' }, command.traceId);
      return 'released';
    });
  }
}
