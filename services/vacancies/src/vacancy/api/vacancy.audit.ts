import { AuditedMutation, createdRecord } from '@civil/platform';
import { CreateVacancyInput } from './create-vacancy.input';
import { VacancyModel } from './vacancy.model';

/**
 * createVacancy: a new vacancy with the fields it was given (the description is cut by the recorder). About no person:
 * it reaches its creator's right of access as one of their audited actions.
 */
export const AuditCreateVacancy = () =>
  AuditedMutation<VacancyModel, { input: CreateVacancyInput }>({
    recordType: 'Vacancy',
    recordId: (vacancy) => vacancy.id,
    changes: ({ input }) => createdRecord(input),
  });
