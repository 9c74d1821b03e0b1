import { Module } from '@nestjs/common';
import { MyDataVacanciesResolver } from './api/my-data-vacancies.resolver';
import { CreatedVacanciesReader } from './application/created-vacancies.reader';
import { FindMyVacanciesHandler } from './application/find-my-vacancies/find-my-vacancies.handler';
import { TypeOrmCreatedVacanciesReader } from './infrastructure/typeorm-created-vacancies.reader';

export const MY_DATA_RESOLVERS = [MyDataVacanciesResolver];

@Module({
  providers: [
    ...MY_DATA_RESOLVERS,
    FindMyVacanciesHandler,
    { provide: CreatedVacanciesReader, useClass: TypeOrmCreatedVacanciesReader },
  ],
})
export class MyDataModule {}
