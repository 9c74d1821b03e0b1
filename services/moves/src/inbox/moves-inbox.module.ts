import { Module } from '@nestjs/common';
import { PersonReadModelModule } from '../person-read-model/person-read-model.module';
import { VacancyReadModelModule } from '../vacancy-read-model/vacancy-read-model.module';
import { MovesInboxHandlers } from './moves-inbox.handlers';

@Module({
  imports: [PersonReadModelModule, VacancyReadModelModule],
  providers: [MovesInboxHandlers],
  exports: [MovesInboxHandlers],
})
export class MovesInboxModule {}
