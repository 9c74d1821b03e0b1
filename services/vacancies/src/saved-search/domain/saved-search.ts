/** The filter a saved search keeps: the search's own criteria, any of them left out meaning "any". */
export interface SavedFilter {
  departmentCodes?: string[];
  professions?: string[];
  grades?: string[];
  moveKinds?: string[];
  locations?: string[];
  remoteOnly?: boolean;
  skillCodes?: string[];
  closingAfter?: string;
  text?: string;
}

export interface SavedSearch {
  id: string;
  personId: string;
  name: string;
  filter: SavedFilter;
  /** The saver's department when saved: OWN_DEPARTMENT vacancies alert only people who could see them. */
  saverDepartmentCode?: string;
  /** A cross-government HR admin or planner sees every department's own-department vacancies. */
  saverSeesAllDepartments: boolean;
  createdAt: Date;
}

/** Our default (issue 5): enough for every kind of job a person watches for, few enough to read at a glance. */
export const MAX_SAVED_SEARCHES_PER_PERSON = 20;

export class SavedSearchLimitReached extends Error {
  readonly code = 'SAVED_SEARCH.LIMIT_REACHED';

  constructor() {
    super(`A person keeps at most ${MAX_SAVED_SEARCHES_PER_PERSON} saved searches: delete one first`);
    this.name = 'SavedSearchLimitReached';
  }
}

/** A person may keep one more search while below the limit. */
export function checkSavedSearchAllowed(savedBefore: number): void {
  if (savedBefore >= MAX_SAVED_SEARCHES_PER_PERSON) throw new SavedSearchLimitReached();
}
