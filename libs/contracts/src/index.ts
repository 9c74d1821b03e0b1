export * from './envelope/integration-event';
export * from './envelope/uuidv7';
export * from './envelope/event-definition';
export * from './envelope/event-schema.error';
export * from './envelope/validate-event';
export * from './envelope/event-catalog';
export * from './envelope/topics';
export * from './people-events';
export * from './vacancy-events';
export * from './move-events';
export * from './audit-events';

import { AUDIT_EVENTS } from './audit-events';
import { EventCatalog } from './envelope/event-catalog';
import { PEOPLE_EVENTS } from './people-events';
import { VACANCY_EVENTS } from './vacancy-events';
import { MOVE_EVENTS } from './move-events';

/** Every published contract: what the topic creator provisions and what consumers validate against. */
export const ALL_EVENTS = new EventCatalog([
  ...PEOPLE_EVENTS,
  ...VACANCY_EVENTS,
  ...MOVE_EVENTS,
  ...AUDIT_EVENTS,
]);
