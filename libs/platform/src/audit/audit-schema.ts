import { CreateAuditLog1000000001001 } from './migrations/1000000001001-create-audit-log.migration';

/** Added by PlatformModule to every service's migrations, after the messaging tables. */
export const AUDIT_MIGRATIONS = [CreateAuditLog1000000001001];
