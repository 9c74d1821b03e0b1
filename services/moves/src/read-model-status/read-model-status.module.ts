import { Module } from '@nestjs/common';
import { PersonReadModelModule } from '../person-read-model/person-read-model.module';
import { VacancyReadModelModule } from '../vacancy-read-model/vacancy-read-model.module';
import { ReadModelStatusResolver } from './api/read-model-status.resolver';
import { GetReadModelStatusHandler } from './application/get-read-model-status/get-read-model-status.handler';

export const READ_MODEL_STATUS_RESOLVERS = [ReadModelStatusResolver];

@Module({
  imports: [PersonReadModelModule, VacancyReadModelModule],
  providers: [...READ_MODEL_STATUS_RESOLVERS, GetReadModelStatusHandler],
})
export class ReadModelStatusModule {}
