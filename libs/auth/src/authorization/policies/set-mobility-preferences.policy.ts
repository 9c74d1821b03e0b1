import { Policy } from '../policy';
import { self } from '../scope.rules';
import { PersonRecord } from './policy-resources';

/**
 * `setMobilityPreferences`: the person's own wishes and their consent to share their profile across departments.
 * Consent can only be the person's, so nobody else, HR included, may set it.
 */
export const SET_MOBILITY_PREFERENCES = new Policy<PersonRecord>('set these mobility preferences', {
  EMPLOYEE: self((person) => person.id),
});
