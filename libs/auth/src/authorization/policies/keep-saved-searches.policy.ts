import { Policy } from '../policy';
import { self } from '../scope.rules';
import { DataSubject } from './policy-resources';

const owner = self<DataSubject>((search) => search.personId);

/**
 * `saveSearch`, `deleteSavedSearch`, `mySavedSearches`, `myAlerts`, `markAlertRead`, `markAllAlertsRead`: a person's
 * saved searches and the alerts they raise are theirs alone, in whatever role they signed in (nobody manages another
 * person's searches). A caller without a person id (SERVICE, or a role with no record) is refused. SERVICE is absent:
 * a notification sender takes VacancyAlertRaised from the event stream.
 */
export const KEEP_SAVED_SEARCHES = new Policy<DataSubject>('keep saved searches and alerts', {
  EMPLOYEE: owner,
  HIRING_MANAGER: owner,
  HR_ADMIN: owner,
  WORKFORCE_PLANNER: owner,
});
