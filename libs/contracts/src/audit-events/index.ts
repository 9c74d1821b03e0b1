export * from './audit-topics';
export * from './audit-recorded.event';

import { AuditRecorded } from './audit-recorded.event';
export const AUDIT_EVENTS = [AuditRecorded];
