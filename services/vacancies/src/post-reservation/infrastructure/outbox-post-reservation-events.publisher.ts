import { EventDefinition, PostReleased, PostReservationRefused, PostReserved } from '@civil/contracts';
import { OutboxWriter } from '@civil/messaging';
import { TypeOrmTransactionRunner } from '@civil/platform';
import { Injectable } from '@nestjs/common';
import { VacancyEventVersions } from '../../vacancy/infrastructure/vacancy-event-versions';
import { PostReservationEventsPublisher } from '../application/post-reservation-events.publisher';
import { PostReservation } from '../domain/post-reservation';

// A request naming a vacancy that does not exist has no event sequence to continue: its refusals are numbered by
// the refusals recorded for that id, counted under a lock on the id (two statements: a statement's snapshot is taken
// before it waits for the lock), so a consumer's inbox takes in each one.
const LOCK_UNKNOWN_VACANCY = `SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))`;
const REFUSALS_OF_UNKNOWN_VACANCY = `
  SELECT count(*)::int AS version FROM post_reservation WHERE vacancy_id = $1 AND status = 'REFUSED'`;

/**
 * The answers to the moves saga, about the vacancy (the subject) and naming the move, stamped with the vacancy's next
 * event version so that they take their place among its lifecycle events.
 */
@Injectable()
export class OutboxPostReservationEventsPublisher extends PostReservationEventsPublisher {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly transactions: TypeOrmTransactionRunner,
    private readonly versions: VacancyEventVersions,
  ) {
    super();
  }

  reserved(r: PostReservation, postsLeft: number, traceId: string): Promise<void> {
    return this.append(PostReserved, r, { moveId: r.moveId, vacancyId: r.vacancyId, postsLeft }, traceId);
  }

  refused(r: PostReservation, traceId: string): Promise<void> {
    const data = { moveId: r.moveId, vacancyId: r.vacancyId, reason: r.refusalReason! };
    return this.append(PostReservationRefused, r, data, traceId);
  }

  released(r: PostReservation, traceId: string): Promise<void> {
    return this.append(PostReleased, r, { moveId: r.moveId, vacancyId: r.vacancyId }, traceId);
  }

  private async append<T extends object>(
    definition: EventDefinition<T>,
    r: PostReservation,
    data: T,
    traceId: string,
  ): Promise<void> {
    const manager = this.transactions.manager();
    let aggregateVersion = await this.versions.next(r.vacancyId);
    if (aggregateVersion === undefined) {
      await manager.query(LOCK_UNKNOWN_VACANCY, [r.vacancyId]);
      const [{ version }] = await manager.query(REFUSALS_OF_UNKNOWN_VACANCY, [r.vacancyId]);
      aggregateVersion = version as number;
    }
    await this.outbox.append(manager, definition, { subject: r.vacancyId, aggregateVersion, data, traceId });
  }
}
