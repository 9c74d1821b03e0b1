export * from './people-topics';
export * from './person-event-values';
export * from './person-tenure.payload';
export * from './person-registered.event';
export * from './person-details-changed.event';
export * from './person-skills-changed.event';
export * from './person-preferences-changed.event';
export * from './person-track-changed.event';
export * from './person-left.event';

import { PersonDetailsChanged } from './person-details-changed.event';
import { PersonLeft } from './person-left.event';
import { PersonPreferencesChanged } from './person-preferences-changed.event';
import { PersonRegistered } from './person-registered.event';
import { PersonSkillsChanged } from './person-skills-changed.event';
import { PersonTrackChanged } from './person-track-changed.event';

export const PEOPLE_EVENTS = [
  PersonRegistered,
  PersonDetailsChanged,
  PersonSkillsChanged,
  PersonPreferencesChanged,
  PersonTrackChanged,
  PersonLeft,
];
