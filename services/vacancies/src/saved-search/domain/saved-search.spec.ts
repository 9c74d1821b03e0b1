import {
  checkSavedSearchAllowed,
  MAX_SAVED_SEARCHES_PER_PERSON,
  SavedSearchLimitReached,
} from './saved-search';

describe('saved search limit', () => {
  it('allows a search while a person keeps fewer than the limit, and refuses the one past it', () => {
    expect(() => checkSavedSearchAllowed(MAX_SAVED_SEARCHES_PER_PERSON - 1)).not.toThrow();
    expect(() => checkSavedSearchAllowed(MAX_SAVED_SEARCHES_PER_PERSON)).toThrow(SavedSearchLimitReached);
    expect(new SavedSearchLimitReached().code).toBe('SAVED_SEARCH.LIMIT_REACHED');
  });
});
