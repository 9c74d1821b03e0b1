import type { Clock } from '@civil/messaging';
import { CLOCK, TransactionRunner } from '@civil/platform';
import { Inject, Injectable } from '@nestjs/common';
import { VacancyRepository } from '../../../vacancy/domain/vacancy.repository';
import {
  decideReservation,
  PostReservation,
  RefusalReason,
  ReservationStatus,
} from '../../domain/post-reservation';
import { PostReservationEventsPublisher } from '../post-reservation-events.publisher';
import { PostReservationStore } from '../post-reservation.store';
import { ReservePostCommand } from './reserve-post.command';

export interface ReservationAnswer {
  status: ReservationStatus;
  reason?: RefusalReason;
  /** True when the move had asked before: the recorded answer, and nothing new happened. */
  repeated: boolean;
}

const recorded = (r: PostReservation): ReservationAnswer => ({
  status: r.status,
  ...(r.refusalReason ? { reason: r.refusalReason } : {}),
  repeated: true,
});

/**
 * Reserves one post for a move, or refuses with a reason, and records either answer against the move id.
 *
 * Never overfilled: the vacancy's row is locked (SELECT ... FOR UPDATE) before its live reservation rows are counted,
 * and the new row is inserted before the lock is let go at commit, so concurrent requests for one vacancy are
 * decided one after another. Idempotent by move id: a request delivered again finds its recorded answer (read under
 * the same lock, so a concurrent duplicate waits for the first and then sees it) and publishes nothing new; the
 * first answer is already in the outbox, which delivers it at least once.
 */
@Injectable()
export class ReservePostHandler {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly vacancies: VacancyRepository,
    private readonly reservations: PostReservationStore,
    private readonly events: PostReservationEventsPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ReservePostCommand): Promise<ReservationAnswer> {
    return this.transactions.run(async () => {
      const vacancy = await this.vacancies.lockById(command.vacancyId);
      const earlier = await this.reservations.find(command.moveId);
      if (earlier) return recorded(earlier);
      const taken = vacancy ? await this.reservations.countLive(vacancy.id) : undefined;
      const decision = decideReservation(
        vacancy && taken
          ? {
              acceptsReservations: vacancy.acceptsReservations(),
              posts: vacancy.snapshot().posts,
              postsTaken: taken.reserved + taken.filled,
            }
          : null,
      );
      const reservation: PostReservation = {
        moveId: command.moveId,
        vacancyId: command.vacancyId,
        personId: command.personId,
        status: decision.status,
        refusalReason: decision.status === 'REFUSED' ? decision.reason : null,
      };
      if (!(await this.reservations.insert(reservation, this.clock.now()))) {
        // Only for an unknown vacancy (no row to lock): a concurrent delivery of the same request answered first.
        return recorded((await this.reservations.find(command.moveId))!);
      }
      if (decision.status === 'RESERVED')
        await this.events.reserved(reservation, decision.postsLeft, command.traceId);
      else await this.events.refused(reservation, command.traceId);
      return {
        status: decision.status,
        ...(decision.status === 'REFUSED' ? { reason: decision.reason } : {}),
        repeated: false,
      };
    });
  }
}
