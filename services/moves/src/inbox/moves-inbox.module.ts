import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module';
import { PersonReadModelModule } from '../person-read-model/person-read-model.module';
import { VacancyReadModelModule } from '../vacancy-read-model/vacancy-read-model.module';
import { VacancyApplicationModule } from '../vacancy-application/vacancy-application.module';
import { MovesInboxHandlers } from './moves-inbox.handlers';

@Module({
  imports: [PersonReadModelModule, VacancyReadModelModule, VacancyApplicationModule, CapacityModule],
  providers: [MovesInboxHandlers],
  exports: [MovesInboxHandlers],
})
export class MovesInboxModule {}
