import { CreatePerson1795478400000 } from './1795478400000-create-person.migration';
import { CreateAuditTrail1795480000001 } from './1795480000001-create-audit-trail.migration';

/** In order. Hand-written SQL, run at start-up; never edit one that has shipped, add another. */
export const PEOPLE_MIGRATIONS = [CreatePerson1795478400000, CreateAuditTrail1795480000001];
