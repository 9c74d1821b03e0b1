/** A vacancy is drafted, opened for applications, then closed, filled or cancelled. */
export const VACANCY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'FILLED', 'CANCELLED'] as const;
export type VacancyStatus = (typeof VACANCY_STATUSES)[number];
