import { Module } from '@nestjs/common';
import { VacancyModule } from '../vacancy/vacancy.module';
import { FillPostHandler } from './application/fill-post/fill-post.handler';
import { ReleasePostHandler } from './application/release-post/release-post.handler';
import { ReservePostHandler } from './application/reserve-post/reserve-post.handler';
import { PostReservationInboxHandlers } from './inbox/post-reservation.inbox-handlers';
import { PostReservationCoreModule } from './post-reservation-core.module';

/** Safe post reservation: the moves saga's requests and outcomes, through the vacancies inbox. */
@Module({
  imports: [VacancyModule, PostReservationCoreModule],
  providers: [ReservePostHandler, FillPostHandler, ReleasePostHandler, PostReservationInboxHandlers],
  exports: [PostReservationInboxHandlers, ReservePostHandler, FillPostHandler, ReleasePostHandler],
})
export class PostReservationModule {}
