import { Module } from '@nestjs/common';
import { VacanciesInboxHandlers } from './vacancies-inbox.handlers';

@Module({
  imports: [],
  providers: [VacanciesInboxHandlers],
  exports: [VacanciesInboxHandlers],
})
export class VacanciesInboxModule {}
