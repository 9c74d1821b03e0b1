export * from './people-topics';
export * from './person-registered.event';

import { PersonRegistered } from './person-registered.event';
export const PEOPLE_EVENTS = [PersonRegistered];
