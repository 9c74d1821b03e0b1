import { AuditedMutation } from '@civil/platform';
import { ApplicationModel } from './application.model';

/** Every change to an application: what was sent (the statement, feedback) and where it stands after. */
export const AuditApplicationChange = () =>
  AuditedMutation<ApplicationModel, Record<string, unknown>>({
    recordType: 'VacancyApplication',
    recordId: (application) => application.id,
    subjectPersonId: (application) => application.personId,
    changes: (args, application) => ({
      before: null,
      after: { ...args, status: application.status, version: application.version },
    }),
  });
