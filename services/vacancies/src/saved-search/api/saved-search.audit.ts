import { AuditedMutation, createdRecord } from '@civil/platform';
import { SavedSearchModel, VacancyAlertModel } from './saved-search.model';
import { SaveSearchInput } from './save-search.input';

/** saveSearch: the search as given; about its owner, so it reaches their right of access. */
export const AuditSaveSearch = () =>
  AuditedMutation<SavedSearchModel, { input: SaveSearchInput }>({
    recordType: 'SavedSearch',
    recordId: (search) => search.id,
    subjectPersonId: (search) => search.personId,
    changes: ({ input }) => createdRecord(input),
  });

export const AuditDeleteSavedSearch = () =>
  AuditedMutation<SavedSearchModel, { id: string }>({
    recordType: 'SavedSearch',
    recordId: (search) => search.id,
    subjectPersonId: (search) => search.personId,
    changes: () => ({ before: { deleted: false }, after: { deleted: true } }),
  });

export const AuditMarkAlertRead = () =>
  AuditedMutation<VacancyAlertModel, { id: string }>({
    recordType: 'VacancyAlert',
    recordId: (alert) => alert.id,
    subjectPersonId: (alert) => alert.personId,
    changes: () => ({ before: { read: false }, after: { read: true } }),
  });
