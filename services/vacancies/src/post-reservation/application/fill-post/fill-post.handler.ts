import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { VacancyEventsPublisher } from '../../../vacancy/application/integration-events/vacancy-events.publisher';
import { VacancyRepository } from '../../../vacancy/domain/vacancy.repository';
import { PostReservationStore } from '../post-reservation.store';
import { FillPostCommand } from './fill-post.command';

/**
 * The move's reservation becomes FILLED; when every post is filled, the vacancy becomes FILLED (VacancyFilled). A
 * move without a held post (never reserved, released, or already filled) changes nothing: delivered again, it is a
 * no-op. Under the vacancy's lock, like every change to its posts.
 */
@Injectable()
export class FillPostHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly reservations: PostReservationStore,
    private readonly events: VacancyEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: FillPostCommand): Promise<'filled' | 'unchanged'> {
    return this.transactions.run(async () => {
      const vacancy = await this.vacancies.lockById(command.vacancyId);
      if (!vacancy) return 'unchanged';
      const now = this.clock.now();
      if (!(await this.reservations.transition(command.moveId, 'RESERVED', 'FILLED', now)))
        return 'unchanged';
      const { filled } = await this.reservations.countLive(vacancy.id);
      const loadedVersion = vacancy.version;
      if (vacancy.markFilled(filled, now)) {
        await this.vacancies.save(vacancy, loadedVersion);
        await this.events.publish(vacancy.pullEvents(), command.traceId);
      }
      return 'filled';
    });
  }
}
