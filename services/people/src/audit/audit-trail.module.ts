import { Module } from '@nestjs/common';
import { PersonModule } from '../person/person.module';
import { AuditTrailResolver } from './api/audit-trail.resolver';
import { AuditTrailStore } from './application/audit-trail.store';
import { GetAuditTrailHandler } from './application/get-audit-trail/get-audit-trail.handler';
import { TakeInAuditEntryHandler } from './application/take-in-audit-entry/take-in-audit-entry.handler';
import { TypeOrmAuditTrailStore } from './infrastructure/typeorm-audit-trail.store';

export const AUDIT_TRAIL_RESOLVERS = [AuditTrailResolver];

@Module({
  imports: [PersonModule],
  providers: [
    ...AUDIT_TRAIL_RESOLVERS,
    GetAuditTrailHandler,
    TakeInAuditEntryHandler,
    { provide: AuditTrailStore, useClass: TypeOrmAuditTrailStore },
  ],
  exports: [AuditTrailStore, TakeInAuditEntryHandler],
})
export class AuditTrailModule {}
