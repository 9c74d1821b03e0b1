import { Module } from '@nestjs/common';
import { SavedSearchModule } from '../saved-search/saved-search.module';
import { PostReservationModule } from '../post-reservation/post-reservation.module';
import { VacanciesInboxHandlers } from './vacancies-inbox.handlers';

@Module({
  imports: [SavedSearchModule, PostReservationModule],
  providers: [VacanciesInboxHandlers],
  exports: [VacanciesInboxHandlers],
})
export class VacanciesInboxModule {}
