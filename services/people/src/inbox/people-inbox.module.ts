import { Module } from '@nestjs/common';
import { AuditTrailModule } from '../audit/audit-trail.module';
import { PeopleInboxHandlers } from './people-inbox.handlers';

@Module({
  imports: [AuditTrailModule],
  providers: [PeopleInboxHandlers],
  exports: [PeopleInboxHandlers],
})
export class PeopleInboxModule {}
