import { Module } from '@nestjs/common';
import { AuditTrailModule } from '../audit/audit-trail.module';
import { PersonModule } from '../person/person.module';
import { PeopleInboxHandlers } from './people-inbox.handlers';

@Module({
  imports: [AuditTrailModule, PersonModule],
  providers: [PeopleInboxHandlers],
  exports: [PeopleInboxHandlers],
})
export class PeopleInboxModule {}
