import { Module } from '@nestjs/common';
import { VacancyEventVersions } from '../vacancy/infrastructure/vacancy-event-versions';
import { PostReservationEventsPublisher } from './application/post-reservation-events.publisher';
import { PostReservationStore } from './application/post-reservation.store';
import { OutboxPostReservationEventsPublisher } from './infrastructure/outbox-post-reservation-events.publisher';
import { TypeOrmPostReservationStore } from './infrastructure/typeorm-post-reservation.store';

/**
 * The reservation rows and their events, for both sides that change them: the vacancy area (counts for an update,
 * releases when a vacancy is cancelled) and the post-reservation area (the moves saga's requests). Kept apart from
 * PostReservationModule so that neither module imports the other's.
 */
@Module({
  providers: [
    VacancyEventVersions,
    { provide: PostReservationStore, useClass: TypeOrmPostReservationStore },
    { provide: PostReservationEventsPublisher, useClass: OutboxPostReservationEventsPublisher },
  ],
  exports: [VacancyEventVersions, PostReservationStore, PostReservationEventsPublisher],
})
export class PostReservationCoreModule {}
