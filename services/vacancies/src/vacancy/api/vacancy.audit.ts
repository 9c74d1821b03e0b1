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

const pick = (vacancy: VacancyModel, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, (vacancy as unknown as Record<string, unknown>)[key] ?? null]));

/**
 * A change to a stored vacancy: the fields the mutation set (or the lifecycle fields it moved), as they are after
 * it, and the version it produced. The values before are in the earlier entries about the same record.
 */
const AuditVacancyChange = <TArgs extends { id: string }>(
  after: (vacancy: VacancyModel, args: TArgs) => string[],
) =>
  AuditedMutation<VacancyModel, TArgs>({
    recordType: 'Vacancy',
    recordId: (_vacancy, args) => args.id,
    changes: (args, vacancy) => ({
      before: null,
      after: { ...pick(vacancy, after(vacancy, args)), status: vacancy.status, version: vacancy.version },
    }),
  });

export const AuditUpdateVacancy = () =>
  AuditVacancyChange<{ id: string; input: object }>((_vacancy, { input }) => Object.keys(input));
export const AuditPublishVacancy = () => AuditVacancyChange(() => ['publishedAt', 'closingDate']);
export const AuditCloseVacancy = () => AuditVacancyChange(() => ['closedAt']);
export const AuditCancelVacancy = () => AuditVacancyChange(() => ['cancellationReason']);
