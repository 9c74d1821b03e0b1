import { Module } from '@nestjs/common';
import { AuditTrailModule } from '../audit/audit-trail.module';
import { PersonModule } from '../person/person.module';
import { MyDataResolver } from './api/my-data.resolver';
import { GetMyDataHandler } from './application/get-my-data/get-my-data.handler';

export const MY_DATA_RESOLVERS = [MyDataResolver];

@Module({
  imports: [PersonModule, AuditTrailModule],
  providers: [...MY_DATA_RESOLVERS, GetMyDataHandler],
})
export class MyDataModule {}
